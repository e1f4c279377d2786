// Boundary definitions: which Natural Earth admin-1 units make up each boundary, and why.
// The pipeline (geodata/build.mjs) selects the units listed here from the `states_provinces` layer,
// dissolves them on shared arcs and attaches these properties (BoundaryProperties in src/data/types.ts).
//
// Member matching: `country` is Natural Earth's adm0_a3. `admin1` is the unit's label, which is NE's
// `name`, except where `name` is repeated inside one country (NE labels Panjshir "Parwan", Daykundi
// "Uruzgan", and both Tashkent units "Tashkent"): there the label is `gn_name` without the
// "Wilayat-e " prefix. A member without `admin1` means every unit of that country.

const tarzi = {
  publication: 'MES Insights 15(3A), Marine Corps University',
  title: 'Amin Tarzi, "ISKP Moving beyond Khorasan: Threats to the U.S. Homeland"',
  date: '2024-06',
  url: 'https://www.usmcu.edu/Outreach/Marine-Corps-University-Press/MES-Publications/MES-Insights/ISKP-Moving-beyond-Khorasan/',
};
const tarzi2018 = {
  publication:
    'Brookings Institution Press (The Future of ISIS, ed. F. al-Istrabadi and S. Ganguly), pp. 119-148',
  title:
    'Amin Tarzi, "Islamic State-Khurasan Province" (the source the 2024 article cites for the claimed extent)',
  date: '2018',
  url: 'https://scholarworks.iu.edu/dspace/items/68e9a567-1b62-4346-ba64-17ed314c86fb',
};
const khorasanProvince2015 = {
  publication: 'Jamestown Foundation, Terrorism Monitor 13(7)',
  title: "'Wilayat Khurasan': Islamic State Consolidates Position in AfPak Region",
  date: '2015-04-03',
  url: 'https://jamestown.org/program/wilayat-khurasan-islamic-state-consolidates-position-in-afpak-region/',
};
const leStrange = {
  publication: 'Cambridge University Press (digitised by Qatar Digital Library / British Library)',
  title:
    'G. Le Strange, The Lands of the Eastern Caliphate: Mesopotamia, Persia, and Central Asia from the Moslem Conquest to the Time of Timur, chapters XXVIII-XXXI (Khurasan: the quarters of Nishapur, Merv, Herat and Balkh)',
  date: '1905',
  url: 'https://www.qdl.qa/en/archive/81055/vdc_100023695620.0x000085',
};
const bosworth = {
  publication: 'Encyclopaedia Iranica',
  title: 'C. E. Bosworth et al., "KHORASAN" (multi-part entry; historical geography and the four quarters)',
  date: '2008',
  url: 'https://www.iranicaonline.org/articles/khorasan-index',
};
const naturalEarth = {
  publication: 'Natural Earth',
  title: 'Admin 1 - States, Provinces (1:10m), as packaged in QGIS world_map.gpkg',
  date: '2018',
  url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-1-states-provinces/',
};
const hindProvince = {
  publication: 'Dawn (Reuters)',
  title: 'Islamic State claims "province" in India',
  date: '2019-05-11',
  url: 'https://www.dawn.com/news/1481657/islamic-state-claims-province-in-india',
};
const pakistanProvince = {
  publication: 'Voice of America',
  title: "Islamic State Announces 'Pakistan Province'",
  date: '2019-05-15',
  url: 'https://voanews.com/a/islamic-state-announces-pakistan-province/4918903.html',
};
const jamestown = {
  publication: 'Jamestown Foundation, Terrorism Monitor 17(13)',
  title: 'Two New IS Wilayat in South Asia: IS Reinvigorates Itself in Pakistan and India',
  date: '2019-07',
  url: 'https://jamestown.org/program/two-new-is-wilayat-in-south-asia-is-reinvigorates-itself-in-pakistan-and-india/',
};

const iranicaFarah = {
  publication: 'Encyclopaedia Iranica',
  title: 'D. Balland, "FARĀH" (the town commanding the northern entrance into Sistan)',
  date: '1999',
  url: 'https://www.iranicaonline.org/articles/farah-',
};
const greaterKhorasan = {
  publication: 'Wikipedia (with its cited sources)',
  title:
    'Greater Khorasan: 14th-16th-century sources count Kandahar, Zabulistan, Ghazni and Kabulistan as the Khorasan marches, the frontier with Hindustan',
  date: '2024',
  url: 'https://en.wikipedia.org/wiki/Greater_Khorasan',
};
const zabulistan = {
  publication: 'Wikipedia (with its cited sources)',
  title: 'Zabulistan: the region of modern Zabul and Ghazni, capital Ghazni; part of the Khorasan marches',
  date: '2024',
  url: 'https://en.wikipedia.org/wiki/Zabulistan',
};

const derivation =
  'Natural Earth 1:10m admin-1 units (states_provinces layer of QGIS world_map.gpkg) selected by the member list, ' +
  'dissolved on shared arcs with mapshaper (one topology, so no slivers or gaps between members); ' +
  'see geodata/README.md for simplification and checks.';

const provinceNotes = [
  {
    date: '2015-01-26',
    text:
      'IS spokesman Abu Muhammad al-Adnani announced "Wilayat Khurasan" (Khorasan Province), the start date used here (validFrom). ' +
      'The claimed extent is not a published map; it is the list of countries reported by Tarzi.',
    sources: [khorasanProvince2015, tarzi],
  },
  {
    date: '2019-05-10',
    text:
      'IS announced a separate "Wilayat al-Hind" (India Province) when claiming a clash in Shopian, Indian-administered Kashmir. ' +
      'Until then IS activity in India was counted under Khorasan Province.',
    sources: [hindProvince, jamestown],
  },
  {
    date: '2019-05-15',
    text:
      'IS announced a separate "Wilayat Pakistan" (Pakistan Province) when claiming attacks in Mastung and Quetta. ' +
      "Until then Pakistan fell under Khorasan Province; the claim map here still follows ISKP's own stated Khorasan (Tarzi 2024).",
    sources: [pakistanProvince, jamestown],
  },
];

const claimCountries = [
  { country: 'AFG', reason: 'Named by ISKP as part of Khorasan (Tarzi 2024).' },
  {
    country: 'PAK',
    reason:
      'Named by ISKP as part of Khorasan; NE draws Azad Kashmir and Gilgit-Baltistan (Northern Areas) as Pakistani admin-1 units.',
  },
  { country: 'KAZ', reason: 'One of the five Central Asian republics named in the claim.' },
  {
    country: 'KAB',
    admin1: 'Baykonur lease in Qyzylorda',
    reason:
      'Baikonur lease area: Kazakh territory leased to Russia, drawn by NE as its own unit (KAB). Merged so that Kazakhstan has no hole.',
  },
  { country: 'KGZ', reason: 'One of the five Central Asian republics named in the claim.' },
  { country: 'TJK', reason: 'One of the five Central Asian republics named in the claim.' },
  { country: 'TKM', reason: 'One of the five Central Asian republics named in the claim.' },
  { country: 'UZB', reason: 'One of the five Central Asian republics named in the claim.' },
];
const contestedCountries = [
  {
    country: 'IRN',
    reason:
      'The claim covers "parts (or all)" of Iran; which parts is not stated, so the whole country is the uncertain zone.',
  },
  {
    country: 'IND',
    reason:
      'The claim covers "parts (or all)" of India. NE default view: Indian admin-1 units include Indian-administered Jammu and Kashmir and Ladakh; the Kashmir dispute is drawn as lines in basemap.disputed.',
  },
];

/** @type {import('../src/data/types.ts').BoundaryProperties[]} */
export const boundaries = [
  {
    id: 'khorasan-historical',
    name: 'Historical Khorasan (broad)',
    kind: 'historical',
    definition:
      'The broad historical Khorasan as the seed article sketches it: north-eastern Iran, the south of Turkmenistan and of Uzbekistan, ' +
      "the whole of Tajikistan and most of Afghanistan. Approximated with whole modern admin-1 units, so edges follow today's provinces, not any historical frontier.",
    members: [
      {
        country: 'IRN',
        admin1: 'Razavi Khorasan',
        reason: 'Core of north-eastern Iran: Nishapur, Tus and Mashhad.',
      },
      {
        country: 'IRN',
        admin1: 'North Khorasan',
        reason: 'North-eastern Iran (Isfarayin, Quchan); part of the former Khorasan province.',
      },
      {
        country: 'IRN',
        admin1: 'South Khorasan',
        reason: "North-eastern Iran (Quhistan: Qa'in, Birjand); part of the former Khorasan province.",
      },
      {
        country: 'TKM',
        admin1: 'Ahal',
        reason: 'Southern Turkmenistan: the Kopet Dag foothills with Nisa and Abiward.',
      },
      {
        country: 'TKM',
        admin1: 'Mary',
        reason: 'Southern Turkmenistan: Merv, one of the four classical capitals.',
      },
      {
        country: 'TKM',
        admin1: 'Chardzhou',
        reason: 'Lebap (NE name "Chardzhou"): south-eastern Turkmenistan along the Amu Darya (Amul).',
      },
      { country: 'UZB', admin1: 'Surkhandarya', reason: 'Southern Uzbekistan: Termez on the Amu Darya.' },
      {
        country: 'UZB',
        admin1: 'Kashkadarya',
        reason: 'Southern Uzbekistan: Nasaf (Qarshi) and Kesh (Shahrisabz).',
      },
      {
        country: 'UZB',
        admin1: 'Samarkand',
        reason:
          'Southern-central Uzbekistan; Samarkand is part of Khorasan in the loose sense that also includes all of Tajikistan.',
      },
      {
        country: 'UZB',
        admin1: 'Bukhoro',
        reason:
          "Bukhara oasis, included in the loose sense of Khorasan; the unit's northern Kyzylkum desert comes with it.",
      },
      {
        country: 'TJK',
        reason:
          'All of Tajikistan, as the article states (Dushanbe, Khatlon, Sughd with Khujand, Gorno-Badakhshan, Republican Subordination).',
      },
      { country: 'AFG', admin1: 'Badakhshan', reason: 'Most of Afghanistan: north-east (Badakhshan).' },
      { country: 'AFG', admin1: 'Badghis', reason: 'Most of Afghanistan: Herat quarter.' },
      { country: 'AFG', admin1: 'Baghlan', reason: 'Most of Afghanistan: Tukharistan.' },
      { country: 'AFG', admin1: 'Balkh', reason: 'Most of Afghanistan: Balkh and Mazar-i-Sharif.' },
      {
        country: 'AFG',
        admin1: 'Bamyan',
        reason: 'Most of Afghanistan: Bamiyan, counted with the Balkh quarter.',
      },
      {
        country: 'AFG',
        admin1: 'Daykundi',
        reason: 'Most of Afghanistan: central highlands (NE labels it "Uruzgan"; gn_name Daykundi).',
      },
      { country: 'AFG', admin1: 'Faryab', reason: 'Most of Afghanistan: Balkh quarter (Faryab, Maymana).' },
      {
        country: 'AFG',
        admin1: 'Ghazni',
        reason:
          'Most of Afghanistan: Ghazni, capital of Zabulistan, one of the Khorasan marches in 14th-16th-century usage (Greater Khorasan; Zabulistan).',
      },
      { country: 'AFG', admin1: 'Ghor', reason: 'Most of Afghanistan: Ghur, the mountains east of Herat.' },
      {
        country: 'AFG',
        admin1: 'Hirat',
        reason: 'Most of Afghanistan: Herat, one of the four classical capitals.',
      },
      { country: 'AFG', admin1: 'Jawzjan', reason: 'Most of Afghanistan: Juzjan (Balkh quarter).' },
      {
        country: 'AFG',
        admin1: 'Kabul',
        reason:
          'Most of Afghanistan: Kabulistan, one of the Khorasan marches in 14th-16th-century usage (Greater Khorasan).',
      },
      {
        country: 'AFG',
        admin1: 'Kandahar',
        reason:
          'Most of Afghanistan: Kandahar, counted with Kabulistan and Zabulistan among the Khorasan marches in 14th-16th-century usage (Greater Khorasan), the same usage that brings in Kabul and the east.',
      },
      { country: 'AFG', admin1: 'Kapisa', reason: 'Most of Afghanistan: Kabul basin.' },
      {
        country: 'AFG',
        admin1: 'Khost',
        reason:
          "Most of Afghanistan: south-east, Kabul's eastern marches towards the Khyber, part of Kabulistan in the 14th-16th-century usage that counts it with Khorasan (Greater Khorasan).",
      },
      {
        country: 'AFG',
        admin1: 'Kunar',
        reason:
          "Most of Afghanistan: east, Kabul's eastern marches towards the Khyber, part of Kabulistan in the 14th-16th-century usage that counts it with Khorasan (Greater Khorasan).",
      },
      { country: 'AFG', admin1: 'Kunduz', reason: 'Most of Afghanistan: Tukharistan (Kunduz).' },
      {
        country: 'AFG',
        admin1: 'Laghman',
        reason:
          "Most of Afghanistan: east (Lamghan), Kabul's eastern marches towards the Khyber, part of Kabulistan in the 14th-16th-century usage that counts it with Khorasan (Greater Khorasan).",
      },
      { country: 'AFG', admin1: 'Logar', reason: 'Most of Afghanistan: Kabul basin.' },
      {
        country: 'AFG',
        admin1: 'Nangarhar',
        reason:
          "Most of Afghanistan: east (Jalalabad), Kabul's eastern marches towards the Khyber, part of Kabulistan in the 14th-16th-century usage that counts it with Khorasan (Greater Khorasan).",
      },
      {
        country: 'AFG',
        admin1: 'Nuristan',
        reason:
          "Most of Afghanistan: east, Kabul's eastern marches towards the Khyber, part of Kabulistan in the 14th-16th-century usage that counts it with Khorasan (Greater Khorasan).",
      },
      {
        country: 'AFG',
        admin1: 'Paktika',
        reason:
          "Most of Afghanistan: south-east, Kabul's eastern marches towards the Khyber, part of Kabulistan in the 14th-16th-century usage that counts it with Khorasan (Greater Khorasan).",
      },
      {
        country: 'AFG',
        admin1: 'Paktya',
        reason:
          "Most of Afghanistan: south-east (Gardez), Kabul's eastern marches towards the Khyber, part of Kabulistan in the 14th-16th-century usage that counts it with Khorasan (Greater Khorasan).",
      },
      {
        country: 'AFG',
        admin1: 'Panjshir',
        reason: 'Most of Afghanistan: Panjhir valley (NE labels it "Parwan"; gn_name Panjshir).',
      },
      { country: 'AFG', admin1: 'Parwan', reason: 'Most of Afghanistan: Kabul basin.' },
      { country: 'AFG', admin1: 'Samangan', reason: 'Most of Afghanistan: Balkh quarter.' },
      { country: 'AFG', admin1: 'Sari Pul', reason: 'Most of Afghanistan: Juzjan (Balkh quarter).' },
      { country: 'AFG', admin1: 'Takhar', reason: 'Most of Afghanistan: Tukharistan (Talaqan).' },
      { country: 'AFG', admin1: 'Uruzgan', reason: 'Most of Afghanistan: central highlands.' },
      {
        country: 'AFG',
        admin1: 'Zabul',
        reason:
          'Most of Afghanistan: the heart of Zabulistan, whose capital Ghazni is included; one of the Khorasan marches in 14th-16th-century usage (Zabulistan; Greater Khorasan).',
      },
      { country: 'AFG', admin1: 'Wardak', reason: 'Most of Afghanistan: Kabul basin.' },
    ],
    sources: [tarzi, bosworth, leStrange, greaterKhorasan, iranicaFarah, zabulistan, naturalEarth],
    certainty: 'core',
    derivation,
    notes: [
      {
        date: '2024-06',
        text:
          'Excluded on purpose: Nimroz, Hilmand and Farah in Afghanistan (historical Sistan, a separate province; Farah commands its northern entrance, Iranica), ' +
          'so that "most of Afghanistan" is the country less its Sistan; Kandahar and Zabul are in, with Ghazni and Kabul, as the Khorasan marches of 14th-16th-century usage. Balkan and Tashauz (Dasoguz) in Turkmenistan (Dehistan/Gurgan frontier and Khwarazm); ' +
          'Semnan in Iran (Qumis, a separate district); and northern Uzbekistan including Tashkent.',
        sources: [tarzi, leStrange, iranicaFarah, greaterKhorasan],
      },
    ],
  },
  {
    id: 'khorasan-historical-classical',
    name: 'Classical Khorasan (four quarters, to the Amu Darya)',
    kind: 'historical',
    definition:
      'Khorasan in the strict sense of the early Islamic geographers: the four quarters centred on Nishapur, Merv, Herat and Balkh, ' +
      'bounded in the north-east by the Amu Darya (Oxus), excluding Transoxiana, Khwarazm, Sistan and Qumis. Approximated with whole modern admin-1 units.',
    members: [
      { country: 'IRN', admin1: 'Razavi Khorasan', reason: 'Nishapur quarter: Nishapur, Tus, Sarakhs.' },
      {
        country: 'IRN',
        admin1: 'North Khorasan',
        reason: 'Nishapur quarter: Isfarayin, Juwayn, Khabushan (Quchan).',
      },
      {
        country: 'IRN',
        admin1: 'South Khorasan',
        reason:
          "Quhistan (Qa'in, Birjand), usually reckoned a dependency of Khorasan; borderline. Tabas, also of Quhistan, lies in Natural Earth's Yazd unit and is not included.",
      },
      {
        country: 'TKM',
        admin1: 'Ahal',
        reason: 'Nishapur quarter: Nasa and Abiward on the Kopet Dag piedmont.',
      },
      { country: 'TKM', admin1: 'Mary', reason: 'Merv quarter: Merv and the lower Murghab.' },
      {
        country: 'TKM',
        admin1: 'Chardzhou',
        reason:
          'Merv quarter: Amul, the Oxus crossing. The unit straddles the Amu Darya; its right-bank strip comes with it because admin-1 cannot be split.',
      },
      { country: 'AFG', admin1: 'Hirat', reason: 'Herat quarter: Herat, Fushanj, Isfizar.' },
      {
        country: 'AFG',
        admin1: 'Badghis',
        reason: 'Herat quarter: Badghis; Marw al-Rudh on the upper Murghab.',
      },
      {
        country: 'AFG',
        admin1: 'Ghor',
        reason: 'Ghur, the mountains east of Herat, attached to the Herat quarter.',
      },
      { country: 'AFG', admin1: 'Balkh', reason: 'Balkh quarter: Balkh.' },
      { country: 'AFG', admin1: 'Jawzjan', reason: 'Balkh quarter: Juzjan (Shuburqan).' },
      { country: 'AFG', admin1: 'Sari Pul', reason: 'Balkh quarter: Juzjan uplands.' },
      { country: 'AFG', admin1: 'Faryab', reason: 'Balkh quarter: Faryab, Talaqan of Juzjan.' },
      { country: 'AFG', admin1: 'Samangan', reason: 'Balkh quarter: Samangan.' },
      { country: 'AFG', admin1: 'Bamyan', reason: 'Balkh quarter: Bamiyan.' },
      {
        country: 'AFG',
        admin1: 'Kunduz',
        reason: 'Balkh quarter: Tukharistan (Warwaliz, Kunduz) south of the Oxus.',
      },
      { country: 'AFG', admin1: 'Baghlan', reason: 'Balkh quarter: Tukharistan (Baghlan).' },
      { country: 'AFG', admin1: 'Takhar', reason: 'Balkh quarter: Tukharistan (Talaqan).' },
      {
        country: 'AFG',
        admin1: 'Badakhshan',
        reason: 'Balkh quarter: Badakhshan, the upper Oxus south of the river.',
      },
    ],
    sources: [leStrange, bosworth, naturalEarth],
    certainty: 'core',
    derivation,
    validFrom: '0651',
    validTo: '1220',
    notes: [
      {
        date: '1905',
        text:
          'Le Strange describes Khurasan by the four quarters of Nishapur, Merv, Herat and Balkh, reaching the Oxus, and treats Qumis, Sistan, ' +
          'Khwarazm and Transoxiana separately. validFrom/validTo mark the span the description covers (Arab conquest to the Mongol invasion), approximately.',
        sources: [leStrange, bosworth],
      },
    ],
  },
  {
    id: 'iskp-claim-core',
    name: 'ISKP claimed Khorasan (core)',
    kind: 'claim',
    definition:
      "The part of ISKP's stated Khorasan that is not in doubt: Afghanistan, Pakistan and the five Central Asian republics (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan).",
    members: claimCountries,
    sources: [tarzi, tarzi2018, khorasanProvince2015, naturalEarth],
    certainty: 'core',
    derivation,
    validFrom: '2015-01-26',
    notes: provinceNotes,
  },
  {
    id: 'iskp-claim-max',
    name: 'ISKP claimed Khorasan (maximal reading)',
    kind: 'claim',
    definition:
      'The widest reading of ISKP\'s stated Khorasan: the core countries plus all of Iran and India, taking "parts (or all)" as "all".',
    members: [...claimCountries, ...contestedCountries],
    sources: [tarzi, tarzi2018, khorasanProvince2015, naturalEarth],
    // it contains the uncertain Iran/India zone, so the union as a whole is uncertain
    certainty: 'uncertain',
    derivation,
    validFrom: '2015-01-26',
    notes: provinceNotes,
  },
  {
    id: 'iskp-claim-contested',
    name: 'ISKP claim: uncertain zone (Iran and India)',
    kind: 'claim',
    definition:
      'Iran and India, which ISKP includes in part or in whole; the extent is not stated, so this zone is uncertain.',
    members: contestedCountries,
    sources: [tarzi, tarzi2018, khorasanProvince2015, naturalEarth],
    certainty: 'uncertain',
    derivation,
    validFrom: '2015-01-26',
    notes: provinceNotes,
  },
];

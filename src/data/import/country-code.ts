// Country names in imported files (ACLED's "country", GTD's "country_txt", UCDP's "country") to
// ISO 3166-1 alpha-3, the code the built-in events use, so one country is one filter entry.
// Names come from i18n-iso-countries (English locale only); a few spellings used by ACLED, GTD and UCDP
// that it does not know are listed here.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(english);

const ALIASES: Record<string, string> = {
  syria: 'SYR',
  'west bank and gaza strip': 'PSE',
  palestine: 'PSE',
  'democratic republic of congo': 'COD',
  'democratic republic of the congo': 'COD',
  'republic of congo': 'COG',
  'people s republic of the congo': 'COG',
  eswatini: 'SWZ',
  swaziland: 'SWZ',
  'east timor': 'TLS',
  'cape verde': 'CPV',
  'north korea': 'PRK',
  'south korea': 'KOR',
  burma: 'MMR',
  macedonia: 'MKD',
  'bosnia herzegovina': 'BIH',
  'united states of america': 'USA',
  'kingdom of saudi arabia': 'SAU',
  'yemen north yemen': 'YEM',
  'iran islamic rep': 'IRN',
};

function simplify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

let byName: Map<string, string> | null = null;

function nameIndex(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  for (const [alpha3, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    const alpha3Code = countries.alpha2ToAlpha3(alpha3) ?? alpha3;
    for (const name of names) {
      const key = simplify(name);
      if (!byName.has(key)) byName.set(key, alpha3Code);
    }
  }
  return byName;
}

/** The ISO alpha-3 code of a country name or code, or null when the name is not recognised. */
export function countryCode(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  if (/^[A-Za-z]{3}$/.test(trimmed) && countries.isValid(trimmed.toUpperCase())) return trimmed.toUpperCase();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return countries.alpha2ToAlpha3(trimmed.toUpperCase()) ?? null;
  return nameIndex().get(simplify(trimmed)) ?? null;
}

// Label points for the basemap. Coordinates are city-centre values typed from GeoNames
// (https://www.geonames.org/) and rounded to 2 decimals (about 1 km); the gpkg has no populated places.
// kind: capital (national capital), city (major regional city), article (named in the seed article or
// the event list). rank: 1 = always labelled, 3 = labelled only when zoomed in.

/** @type {{name: string, adm0_a3: string, kind: 'capital'|'city'|'article', rank: 1|2|3, lon: number, lat: number}[]} */
export const places = [
  // Capitals of the nine countries of the claim and the historical region.
  { name: 'Kabul', adm0_a3: 'AFG', kind: 'capital', rank: 1, lon: 69.17, lat: 34.53 },
  { name: 'Islamabad', adm0_a3: 'PAK', kind: 'capital', rank: 1, lon: 73.05, lat: 33.69 },
  { name: 'Tehran', adm0_a3: 'IRN', kind: 'capital', rank: 1, lon: 51.39, lat: 35.69 },
  { name: 'New Delhi', adm0_a3: 'IND', kind: 'capital', rank: 1, lon: 77.21, lat: 28.61 },
  { name: 'Astana', adm0_a3: 'KAZ', kind: 'capital', rank: 1, lon: 71.45, lat: 51.17 },
  { name: 'Bishkek', adm0_a3: 'KGZ', kind: 'capital', rank: 1, lon: 74.59, lat: 42.87 },
  { name: 'Dushanbe', adm0_a3: 'TJK', kind: 'capital', rank: 1, lon: 68.78, lat: 38.54 },
  { name: 'Ashgabat', adm0_a3: 'TKM', kind: 'capital', rank: 1, lon: 58.38, lat: 37.95 },
  { name: 'Tashkent', adm0_a3: 'UZB', kind: 'capital', rank: 1, lon: 69.24, lat: 41.3 },
  { name: 'Moscow', adm0_a3: 'RUS', kind: 'capital', rank: 1, lon: 37.62, lat: 55.76 },
  // Major regional cities.
  { name: 'Almaty', adm0_a3: 'KAZ', kind: 'city', rank: 1, lon: 76.95, lat: 43.24 },
  { name: 'Mashhad', adm0_a3: 'IRN', kind: 'city', rank: 1, lon: 59.61, lat: 36.3 },
  { name: 'Nishapur', adm0_a3: 'IRN', kind: 'city', rank: 3, lon: 58.8, lat: 36.21 },
  { name: 'Shiraz', adm0_a3: 'IRN', kind: 'city', rank: 2, lon: 52.54, lat: 29.61 },
  { name: 'Herat', adm0_a3: 'AFG', kind: 'city', rank: 1, lon: 62.2, lat: 34.35 },
  { name: 'Mazar-i-Sharif', adm0_a3: 'AFG', kind: 'city', rank: 2, lon: 67.11, lat: 36.71 },
  { name: 'Balkh', adm0_a3: 'AFG', kind: 'city', rank: 3, lon: 66.9, lat: 36.76 },
  { name: 'Kandahar', adm0_a3: 'AFG', kind: 'city', rank: 2, lon: 65.71, lat: 31.61 },
  { name: 'Kunduz', adm0_a3: 'AFG', kind: 'city', rank: 3, lon: 68.86, lat: 36.73 },
  { name: 'Jalalabad', adm0_a3: 'AFG', kind: 'city', rank: 2, lon: 70.45, lat: 34.43 },
  { name: 'Peshawar', adm0_a3: 'PAK', kind: 'city', rank: 2, lon: 71.58, lat: 34.01 },
  { name: 'Quetta', adm0_a3: 'PAK', kind: 'city', rank: 2, lon: 67.01, lat: 30.18 },
  { name: 'Karachi', adm0_a3: 'PAK', kind: 'city', rank: 1, lon: 67.01, lat: 24.86 },
  { name: 'Lahore', adm0_a3: 'PAK', kind: 'city', rank: 2, lon: 74.35, lat: 31.55 },
  { name: 'Samarkand', adm0_a3: 'UZB', kind: 'city', rank: 2, lon: 66.96, lat: 39.65 },
  { name: 'Bukhara', adm0_a3: 'UZB', kind: 'city', rank: 2, lon: 64.42, lat: 39.77 },
  { name: 'Termez', adm0_a3: 'UZB', kind: 'city', rank: 3, lon: 67.28, lat: 37.22 },
  { name: 'Mary (Merv)', adm0_a3: 'TKM', kind: 'city', rank: 2, lon: 61.83, lat: 37.59 },
  { name: 'Khujand', adm0_a3: 'TJK', kind: 'city', rank: 3, lon: 69.62, lat: 40.28 },
  { name: 'Mumbai', adm0_a3: 'IND', kind: 'city', rank: 1, lon: 72.88, lat: 19.08 },
  { name: 'Srinagar', adm0_a3: 'IND', kind: 'city', rank: 3, lon: 74.8, lat: 34.08 },
  { name: 'Istanbul', adm0_a3: 'TUR', kind: 'city', rank: 1, lon: 28.98, lat: 41.01 },
  // Places named in the seed article (Tarzi 2024) and its events.
  { name: 'Kerman', adm0_a3: 'IRN', kind: 'article', rank: 2, lon: 57.08, lat: 30.28 },
  {
    name: 'Krasnogorsk (Crocus City Hall)',
    adm0_a3: 'RUS',
    kind: 'article',
    rank: 2,
    lon: 37.39,
    lat: 55.83,
  },
  { name: 'Makhachkala', adm0_a3: 'RUS', kind: 'article', rank: 2, lon: 47.5, lat: 42.98 },
  { name: 'Derbent', adm0_a3: 'RUS', kind: 'article', rank: 3, lon: 48.29, lat: 42.06 },
  { name: 'Los Angeles', adm0_a3: 'USA', kind: 'article', rank: 3, lon: -118.24, lat: 34.05 },
  { name: 'New York', adm0_a3: 'USA', kind: 'article', rank: 3, lon: -74.01, lat: 40.71 },
  { name: 'Philadelphia', adm0_a3: 'USA', kind: 'article', rank: 3, lon: -75.17, lat: 39.95 },
];

// Colours for the basemap, the boundaries and the comparison, per theme. Every colour here can be
// overridden by a CSS custom property on the element (see khorasan-map.ts), so hosts can re-theme it.

export type ThemeName = 'light' | 'dark';

export interface BasemapColors {
  water: string;
  land: string;
  /** Land of countries outside the region of interest, a little quieter. */
  landMuted: string;
  coast: string;
  countryBorder: string;
  admin1Border: string;
  disputed: string;
  label: string;
  labelMuted: string;
  labelHalo: string;
  city: string;
  graticule: string;
}

export const BASEMAP_COLORS: Record<ThemeName, BasemapColors> = {
  light: {
    water: '#d7e3ea',
    land: '#f7f5f0',
    landMuted: '#efece5',
    coast: '#b3c3cc',
    countryBorder: '#8f8a80',
    admin1Border: '#cfc8bb',
    disputed: '#7d776c',
    label: '#3b3a36',
    labelMuted: '#6b6860',
    labelHalo: '#fbfaf7',
    city: '#4a4842',
    graticule: '#c9d6dd',
  },
  dark: {
    water: '#0e1a22',
    land: '#242a2e',
    landMuted: '#1e2327',
    coast: '#35434c',
    countryBorder: '#7a848b',
    admin1Border: '#3c454b',
    disputed: '#9aa3a9',
    label: '#dfe4e7',
    labelMuted: '#a3acb2',
    labelHalo: '#111619',
    city: '#c9d0d4',
    graticule: '#1a2833',
  },
};

/** Built-in boundary colours. Chosen to stay apart for the common colour-vision deficiencies; the line
 * style (solid, dashed, dotted, hatched) carries the same information, so colour is never the only cue. */
export const BOUNDARY_COLORS: Record<ThemeName, Record<string, string>> = {
  light: {
    'khorasan-historical': '#0f7b6c',
    'khorasan-historical-classical': '#5b4a9e',
    'iskp-claim-core': '#c2331d',
    'iskp-claim-max': '#c77700',
    'iskp-claim-contested': '#9c2a6b',
  },
  dark: {
    'khorasan-historical': '#3fc4ad',
    'khorasan-historical-classical': '#a898ee',
    'iskp-claim-core': '#ff6a4f',
    'iskp-claim-max': '#ffad33',
    'iskp-claim-contested': '#e46aae',
  },
};

/** Colours for imported boundaries, assigned in order. */
const EXTRA_COLORS: Record<ThemeName, string[]> = {
  light: ['#1f5fa8', '#6b7d12', '#8a4b22', '#277a2e', '#a2237f'],
  dark: ['#6aa9ff', '#c3d94a', '#e49a63', '#6fd27a', '#f07ad0'],
};

export function boundaryColor(theme: ThemeName, id: string, index = 0): string {
  const extras = EXTRA_COLORS[theme];
  return BOUNDARY_COLORS[theme][id] ?? extras[index % extras.length];
}

export interface DifferenceColors {
  intersection: string;
  aOnly: string;
  bOnly: string;
}

export const DIFFERENCE_COLORS: Record<ThemeName, DifferenceColors> = {
  light: { intersection: '#6d5a96', aOnly: '#0f7b6c', bOnly: '#c2331d' },
  dark: { intersection: '#b4a3f0', aOnly: '#3fc4ad', bOnly: '#ff6a4f' },
};

/** '#rgb', '#rrggbb' or 'rgb(a)(r, g, b[, a])' → [r, g, b, a] (0..255). Unknown formats give mid grey. */
export function parseColor(color: string): [number, number, number, number] {
  const value = color.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
    return [r, g, b, 255];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i.exec(value);
  if (rgb) {
    const alpha =
      rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? Number.parseFloat(rgb[4]) / 100 : Number(rgb[4]);
    const clamp = (n: number) => Math.max(0, Math.min(255, Math.round(n)));
    return [clamp(Number(rgb[1])), clamp(Number(rgb[2])), clamp(Number(rgb[3])), clamp(alpha * 255)];
  }
  return [128, 128, 128, 255];
}

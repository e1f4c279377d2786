// Theme: light or dark from the `theme` attribute or prefers-color-scheme, and colour overrides read from
// CSS custom properties on the element, so host pages can re-colour the map without touching code.
import {
  BASEMAP_COLORS,
  type BasemapColors,
  boundaryColor,
  DIFFERENCE_COLORS,
  type DifferenceColors,
  type ThemeName,
} from '../../map/colors.ts';

export function preferredTheme(attribute: string | null): ThemeName {
  if (attribute === 'light' || attribute === 'dark') return attribute;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Resolves any CSS colour (named, hsl, …) to rgb() through the browser, for the hatch pixel code. */
function resolveColor(probe: HTMLElement, value: string): string {
  probe.style.color = '';
  probe.style.color = value;
  return probe.style.color ? getComputedStyle(probe).color : '';
}

export interface ThemeColors {
  theme: ThemeName;
  basemap: BasemapColors;
  difference: DifferenceColors;
  boundary: (id: string, index: number) => string;
}

const BASEMAP_PROPS: Record<keyof BasemapColors, string> = {
  water: '--km-water-color',
  land: '--km-land-color',
  landMuted: '--km-land-muted-color',
  coast: '--km-coast-color',
  countryBorder: '--km-border-color',
  admin1Border: '--km-admin1-color',
  disputed: '--km-disputed-color',
  label: '--km-label-color',
  labelMuted: '--km-label-muted-color',
  labelHalo: '--km-label-halo-color',
  city: '--km-city-color',
  graticule: '--km-graticule-color',
};

export function readThemeColors(host: HTMLElement, probe: HTMLElement, theme: ThemeName): ThemeColors {
  const style = getComputedStyle(host);
  const read = (name: string) => {
    const raw = style.getPropertyValue(name).trim();
    return raw ? resolveColor(probe, raw) : '';
  };
  const basemap = { ...BASEMAP_COLORS[theme] };
  for (const [key, prop] of Object.entries(BASEMAP_PROPS) as [keyof BasemapColors, string][]) {
    const value = read(prop);
    if (value) basemap[key] = value;
  }
  const d = DIFFERENCE_COLORS[theme];
  const difference = {
    intersection: read('--km-diff-both-color') || d.intersection,
    aOnly: read('--km-diff-a-color') || d.aOnly,
    bOnly: read('--km-diff-b-color') || d.bOnly,
  };
  return {
    theme,
    basemap,
    difference,
    boundary: (id, index) => read(`--km-boundary-${id}`) || boundaryColor(theme, id, index),
  };
}

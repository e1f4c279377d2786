// The embed attributes of <khorasan-map> that are not part of the map state: where extra data comes from
// (`events-src`, `events-mode`, `boundaries-src`), an optional external style (`basemap-style`) or PMTiles
// archive (`basemap-pmtiles`), which panels show (`controls`), whether the map reacts to the pointer and
// keys (`interactive`), and `lang`.
// Pure: the names, what a change of each needs, and how `controls` and `interactive` are read. The element's
// EmbedAttributesController applies them.

export const EMBED_ATTRIBUTES = [
  'events-src',
  'events-mode',
  'boundaries-src',
  'basemap-style',
  'basemap-pmtiles',
  'controls',
  'interactive',
] as const;
export type EmbedAttribute = (typeof EMBED_ATTRIBUTES)[number];

/** What a change of each attribute needs: new events, a new map, or only a restyle. */
export const EMBED_EFFECT: Record<EmbedAttribute, 'events' | 'rebuild' | 'controls' | 'interactive'> = {
  'events-src': 'events',
  'events-mode': 'events',
  'boundaries-src': 'rebuild',
  'basemap-style': 'rebuild',
  'basemap-pmtiles': 'rebuild',
  controls: 'controls',
  interactive: 'interactive',
};

/** Names accepted by `controls`, and the parts each one shows. */
export const CONTROL_PARTS = {
  layers: ['layers'],
  compare: ['compare'],
  stats: ['stats'],
  filters: ['filters'],
  list: ['event-list'],
  timeline: ['timeline'],
  legend: ['legend'],
  details: ['details'],
  share: ['share-button'],
} as const;
export type ControlName = keyof typeof CONTROL_PARTS;
const SIDEBAR_CONTROLS: readonly ControlName[] = ['layers', 'compare', 'stats', 'filters', 'list'];

/** The controls a `controls` value asks for; null (attribute absent) = all. Unknown names are ignored. */
export function parseControls(value: string | null): Set<ControlName> | null {
  if (value === null) return null;
  const names = value
    .trim()
    .toLowerCase()
    .split(/[\s,]+/);
  return new Set(names.filter((n): n is ControlName => n in CONTROL_PARTS));
}

/** CSS that hides every part not asked for (and the panel column when none of its panels is). */
export function controlsCss(controls: Set<ControlName> | null): string {
  if (!controls) return '';
  const hidden = (Object.keys(CONTROL_PARTS) as ControlName[])
    .filter((name) => !controls.has(name))
    .flatMap((name) => CONTROL_PARTS[name]);
  const rules = hidden.map(
    (part) => `[part~="${part}"], section:has(> [part~="${part}"]) { display: none !important; }`,
  );
  // the skip link to the event list goes where the list is
  if (!controls.has('list')) rules.push('.skip-to-list { display: none !important; }');
  if (!SIDEBAR_CONTROLS.some((name) => controls.has(name))) {
    rules.push(
      '[part~="sidebar"], .drawer-toggle { display: none !important; }',
      '.layout { grid-template-columns: 1fr !important; }',
    );
  }
  return rules.join('\n');
}

/** `interactive` is on unless it says `false`, `off`, `no` or `0`. */
export function isInteractive(value: string | null): boolean {
  return value === null || !/^(false|off|no|0)$/i.test(value.trim());
}

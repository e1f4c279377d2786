// The iframe page's settings: URL query parameters with the same names as the element's attributes.
// `embed.html?mode=swipe&compare=khorasan-historical,iskp-claim-core&zoom=4` is the same map as
// `<khorasan-map mode="swipe" compare="khorasan-historical iskp-claim-core" zoom="4">`.

import { EMBED_ATTRIBUTES } from './embed-attributes.ts';
import { STATE_ATTRIBUTES } from './url-state.ts';

/** Attributes that may be set from the iframe's URL. Anything else in the query is ignored. */
export const EMBED_PARAMS = [
  ...STATE_ATTRIBUTES,
  ...EMBED_ATTRIBUTES,
  'lang',
  'theme',
  'cooperative-gestures',
] as const;

/** Lists may be written with commas in a URL (`boundaries=a,b`); attributes separate them with spaces. */
const SPACE_SEPARATED = new Set(['boundaries', 'compare', 'controls']);

/** The attributes a query string asks for, in a stable order. */
export function paramsToAttributes(search: string): [string, string][] {
  const params = new URLSearchParams(search);
  const attributes: [string, string][] = [];
  for (const name of EMBED_PARAMS) {
    const value = params.get(name);
    if (value === null) continue;
    attributes.push([
      name,
      SPACE_SEPARATED.has(name)
        ? value
            .split(/[\s,]+/)
            .filter(Boolean)
            .join(' ')
        : value,
    ]);
  }
  return attributes;
}

/** The query string for a set of attributes (the inverse, used by the share dialog). */
export function attributesToParams(attributes: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams();
  for (const name of EMBED_PARAMS) {
    const value = attributes[name];
    if (value === null || value === undefined) continue;
    params.set(name, SPACE_SEPARATED.has(name) ? value.trim().split(/\s+/).join(',') : value);
  }
  return params.toString().replace(/%2C/g, ',');
}

/** A CSS length for the map's height, or undefined (only plain px / vh / em values are accepted). */
export function parseHeight(value: string | null): string | undefined {
  if (!value) return undefined;
  if (/^\d{2,4}$/.test(value)) return `${value}px`;
  return /^\d{1,4}(\.\d+)?(px|vh|em|rem)$/.test(value) ? value : undefined;
}

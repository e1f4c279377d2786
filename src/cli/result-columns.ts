// THE ONE PLACE where the CLI turns a row's answers into output columns, for every output format and for both
// CSV paths (the papaparse path in writers.ts and the worker threads' fast path in fast-csv/classify-chunk.ts).
// A new per-boundary column (a position, a version, a precision) is added here: to BatchResults, to
// resultHeader, resultCsvCells and resultValues, and nowhere else.

/** The answers for a batch of n rows, one typed array per boundary (in `ids` order), row i at index i. */
export interface BatchResults {
  ids: readonly string[];
  /** 1 when the row's point is inside (or on) the boundary, else 0. */
  inside: Uint8Array[];
  /** Great-circle distance to the outline in km, unrounded. */
  distanceKm: Float64Array[];
}

/** The columns added after the input's: per boundary, inside_<id> then distance_km_<id>. */
export function resultHeader(ids: readonly string[]): string[] {
  return ids.flatMap((id) => [`inside_${id}`, `distance_km_${id}`]);
}

/** Row i's added CSV cells, each after a comma: `,true,12.345,false,0`. Only digits, dots and words: no quoting. */
export function resultCsvCells(results: BatchResults, i: number): string {
  let cells = '';
  for (let b = 0; b < results.ids.length; b++)
    cells += `${results.inside[b][i] === 1 ? ',true,' : ',false,'}${kmText(results.distanceKm[b][i])}`;
  return cells;
}

/** Row i's answers as values, for the JSON and GeoJSON writers: `{ inside: {id: …}, distanceKm: {id: …} }`. */
export function resultValues(
  results: BatchResults,
  i: number,
): { inside: Record<string, boolean>; distanceKm: Record<string, number> } {
  const inside: Record<string, boolean> = {};
  const distanceKm: Record<string, number> = {};
  results.ids.forEach((id, b) => {
    inside[id] = results.inside[b][i] === 1;
    distanceKm[id] = km(results.distanceKm[b][i]);
  });
  return { inside, distanceKm };
}

/** The flat properties (`inside_<id>`, `distance_km_<id>`) of row i, for GeoJSON output. */
export function resultProperties(results: BatchResults, i: number): Record<string, boolean | number> {
  const props: Record<string, boolean | number> = {};
  results.ids.forEach((id, b) => {
    props[`inside_${id}`] = results.inside[b][i] === 1;
    props[`distance_km_${id}`] = km(results.distanceKm[b][i]);
  });
  return props;
}

/** Distances are printed to the metre. */
export function km(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** '.001' … '.999' without trailing zeros; '' for 0. */
const FRACTIONS = Array.from({ length: 1000 }, (_, f) =>
  f === 0 ? '' : `.${String(f).padStart(3, '0').replace(/0+$/, '')}`,
);

/**
 * String(km(value)) without formatting a double: km(value) is the double nearest to m / 1000 for the
 * integer m = round(value · 1000), and no shorter decimal is that near, so its shortest form is m's digits
 * with the point put back. Non-finite and huge values take String itself.
 */
export function kmText(value: number): string {
  const m = Math.round(value * 1000);
  if (!(m >= 0 && m < 2 ** 31)) return String(km(value));
  const whole = Math.floor(m / 1000);
  return `${whole}${FRACTIONS[m - whole * 1000]}`;
}

// One rule for telling the text formats apart, used by the import panel, the embed's extra sources and the
// command-line tool: JSON (GeoJSON or TopoJSON) starts with "{" or "[", KML (XML) with "<", anything else is
// read as CSV. A byte-order mark and leading white space are skipped.

export type TextFormat = 'json' | 'kml' | 'csv';

export function sniffTextFormat(text: string): TextFormat {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 1);
  return head === '{' || head === '[' ? 'json' : head === '<' ? 'kml' : 'csv';
}

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

/**
 * sniffTextFormat for a file's first bytes, where anything may arrive (the command-line tool): the same
 * rule, except that text which is not plausibly a table (a NUL byte, which means binary, or a first line
 * without a comma, semicolon or tab) is no format at all.
 */
export function sniffFileHead(head: string): TextFormat | null {
  const format = sniffTextFormat(head);
  if (format !== 'csv') return format;
  const firstLine =
    head
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split(/\r?\n/, 1)[0] ?? '';
  return /[,;\t]/.test(firstLine) && !head.includes('\0') ? 'csv' : null;
}

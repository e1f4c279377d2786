/**
 * Neutralises spreadsheet formula injection (OWASP "CSV injection"): a cell that begins with
 * `=`, `+`, `-`, `@`, tab or carriage return is prefixed with a single quote so spreadsheet programs
 * show it as text. Plain numbers such as `-3.5` are left alone, since they cannot run anything.
 */
export function escapeCsvFormula(value: string): string {
  if (value === '' || !/^[=+\-@\t\r]/.test(value)) return value;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) return value;
  return `'${value}`;
}

/** Quotes one CSV cell per RFC 4180, after formula escaping. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = escapeCsvFormula(typeof value === 'string' ? value : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Joins rows into CSV text with a header row. */
export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

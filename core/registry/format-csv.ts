const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  // A spreadsheet runs a cell starting with = + - @ as a formula (CSV injection); a leading ' makes it text.
  if (FORMULA_START.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * CSV text (RFC 4180, CRLF line ends, a UTF-8 BOM so that spreadsheets read Chinese) with a header of `columns`
 * and one line per row, values taken by column name (null and undefined → empty). Values that a spreadsheet
 * would run as formulas are prefixed with '. Pure.
 */
export function formatCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(cell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => cell(r[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

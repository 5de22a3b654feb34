/** CSV text that a spreadsheet opens as plain values: nothing in a cell can start a formula. */

/** Characters that make Excel or LibreOffice read a cell as a formula (or split it) when they lead it. */
const RISKY_START = /^[=+\-@\t\r\n]/;

/** One cell: a leading = + - @ TAB CR LF gets a quote prefix; quotes, separators and line breaks are quoted. */
export function csvCell(value: string, separator: string): string {
  const safe = RISKY_START.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV with CRLF line ends (what spreadsheets expect). */
export function toCsv(rows: readonly (readonly string[])[], separator = ','): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}

/** CSV for a spreadsheet program: the byte-order mark makes Excel read the accents as UTF-8. */
export function spreadsheetCsv(rows: readonly (readonly string[])[], separator = ','): string {
  return `\uFEFF${toCsv(rows, separator)}`;
}

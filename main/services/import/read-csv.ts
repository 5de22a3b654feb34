/** A CSV as text rows: encoding (UTF-8 with or without BOM, UTF-16, Windows-1252) and separator (; , tab) found. */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { TableLimits } from './limits.ts';

export interface CsvText {
  readonly rows: string[][];
  readonly encoding: string;
  readonly separator: string;
}

/** A CSV whose shape is beyond the limits, said before it is parsed. */
export type CsvRefusal =
  | { readonly tooManyRows: number }
  | { readonly tooManyColumns: { readonly row: number; readonly columns: number } }
  | { readonly tooManyCells: number };

/** Enough lines for the separator to show, however wide a hostile first line is. */
const SEPARATOR_SAMPLE = 64 * 1024;

function decode(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8 (BOM)' };
  // Excel's "Unicode text" export.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not valid UTF-8: French Excel's "CSV (séparateur : point-virgule)" is Windows-1252.
    return { text: iconv.decode(bytes, 'win1252'), encoding: 'Windows-1252' };
  }
}

/**
 * Counts rows, columns and cells in one pass (quotes respected), stopping at the first limit passed: a row of ten
 * million columns is refused in milliseconds instead of being parsed into ten million strings.
 */
function checkShape(text: string, separator: string, limits: Pick<TableLimits, 'maxRows' | 'maxColumns' | 'maxCells'>): CsvRefusal | null {
  const sep = separator.charCodeAt(0);
  let row = 1;
  let columns = 1;
  let cells = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === sep) {
      if (++columns > limits.maxColumns) return { tooManyColumns: { row, columns: countColumns(text, i, sep) + columns } };
    } else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      cells += columns;
      if (cells > limits.maxCells) return { tooManyCells: limits.maxCells };
      if (++row > limits.maxRows && i + 1 < text.length) return { tooManyRows: row };
      columns = 1;
    }
  }
  return cells + columns > limits.maxCells ? { tooManyCells: limits.maxCells } : null;
}

/** The separators left on the line from `from` on (to say how wide the refused row is). */
function countColumns(text: string, from: number, sep: number): number {
  let count = 0;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c === sep) count++;
  }
  return count;
}

export function readCsv(bytes: Buffer, limits: Pick<TableLimits, 'maxRows' | 'maxColumns' | 'maxCells'>): CsvText | CsvRefusal {
  const { text, encoding } = decode(bytes);
  const guess = Papa.parse<string[]>(text.slice(0, SEPARATOR_SAMPLE), { delimitersToGuess: [';', ',', '\t'], preview: 50 });
  const separator = guess.meta.delimiter;
  const refusal = checkShape(text, separator, limits);
  if (refusal) return refusal;
  // Every value stays a string (no dynamicTyping): phone numbers, postcodes and dates are kept as written.
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const rows = parsed.data;
  // A file ending with a line break leaves one empty record behind.
  if (rows.length > 0 && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '') rows.pop();
  return { rows, encoding, separator };
}

/** A CSV as text rows: encoding (UTF-8 with or without BOM, UTF-16, Windows-1252) and separator (; , tab) found. */
import iconv from 'iconv-lite';
import Papa from 'papaparse';

export interface CsvText {
  readonly rows: string[][];
  readonly encoding: string;
  readonly separator: string;
}

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

export function readCsv(bytes: Buffer): CsvText {
  const { text, encoding } = decode(bytes);
  // Every value stays a string (no dynamicTyping): phone numbers, postcodes and dates are kept as written.
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: false });
  const rows = parsed.data;
  // A file ending with a line break leaves one empty record behind.
  if (rows.length > 0 && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '') rows.pop();
  return { rows, encoding, separator: parsed.meta.delimiter };
}

/** The first filled sheet of a workbook as text rows: what the organiser sees in the cells, never a formula. */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CsvRefusal } from './read-csv.ts';
import type { TableLimits } from './limits.ts';

type Cell = ExcelJS.CellValue;

/** A date as Excel shows it to a French or English organiser alike: ISO, with the time only when there is one. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as Cell);
  if ('error' in value) return value.error;
  if ('result' in value) return cellText(value.result as Cell);
  return '';
}

/** A formula the workbook kept no result for (never computed, or written by a tool): its text, as plain text. */
function uncomputedFormula(value: Cell): string | null {
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  if (!('formula' in value || 'sharedFormula' in value)) return null;
  if (value.result !== undefined && value.result !== null) return null;
  const formula = 'formula' in value && value.formula ? value.formula : (value as ExcelJS.CellSharedFormulaValue).sharedFormula;
  return formula.startsWith('=') ? formula : `=${formula}`;
}

export interface SheetText {
  readonly sheetName: string;
  readonly rows: string[][];
  /** [row index, column index] of the cells whose text is a formula with no result. */
  readonly formulaCells: [number, number][];
}

type SheetOutcome = SheetText | CsvRefusal;

/** One sheet's rows as text, stopped at the first limit passed; null when the sheet has no text at all. */
async function sheetText(name: string, source: AsyncIterable<ExcelJS.Row> | Iterable<ExcelJS.Row>, limits: Pick<TableLimits, 'maxRows' | 'maxColumns' | 'maxCells'>): Promise<SheetOutcome | null> {
  const rows: string[][] = [];
  let cellCount = 0;
  const formulaCells: [number, number][] = [];
  for await (const row of source) {
    if (row.number > limits.maxRows) return { tooManyRows: row.number };
    const values = row.values as Cell[];
    if (values.length - 1 > limits.maxColumns) return { tooManyColumns: { row: row.number, columns: values.length - 1 } };
    cellCount += values.length - 1;
    if (cellCount > limits.maxCells) return { tooManyCells: limits.maxCells };
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) {
      const formula = uncomputedFormula(values[c]);
      if (formula !== null) formulaCells.push([row.number - 1, c - 1]);
      cells.push(formula ?? cellText(values[c]));
    }
    while (rows.length < row.number - 1) rows.push([]);
    rows[row.number - 1] = cells;
  }
  return rows.some((cells) => cells.some((cell) => cell.trim() !== '')) ? { sheetName: name, rows, formulaCells } : null;
}

/** Streamed, and stopped as soon as the sheet passes a limit: a huge sheet is never held whole in memory. */
async function streamedSheet(bytes: Buffer, limits: Pick<TableLimits, 'maxRows' | 'maxColumns' | 'maxCells'>): Promise<SheetOutcome | null> {
  // Styles are read so that dates come out as dates; hyperlinks are dropped, their text is kept.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore',
  });
  let sheets = 0;
  for await (const worksheet of reader) {
    sheets++;
    const sheet = await sheetText((worksheet as unknown as { name: string }).name, worksheet as unknown as AsyncIterable<ExcelJS.Row>, limits);
    if (sheet) return sheet;
  }
  // A zip with no sheet at all (a renamed .docx, say) is not a workbook.
  return sheets === 0 ? null : { sheetName: '', rows: [], formulaCells: [] };
}

/** The whole workbook at once: its size was already bounded by the zip budget. */
async function loadedSheet(bytes: Buffer, limits: Pick<TableLimits, 'maxRows' | 'maxColumns' | 'maxCells'>): Promise<SheetOutcome | null> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ['hyperlinks'] } as never);
  for (const worksheet of book.worksheets) {
    const rows: ExcelJS.Row[] = [];
    worksheet.eachRow((row) => rows.push(row));
    const sheet = await sheetText(worksheet.name, rows, limits);
    if (sheet) return sheet;
  }
  return book.worksheets.length === 0 ? null : { sheetName: '', rows: [], formulaCells: [] };
}

/** Rows of the first sheet that has any; row i is the sheet's row i + 1. Null when the workbook cannot be read. */
export async function readXlsx(bytes: Buffer, limits: Pick<TableLimits, 'maxRows' | 'maxColumns' | 'maxCells'>): Promise<SheetOutcome | null> {
  try {
    return await streamedSheet(bytes, limits);
  } catch {
    // exceljs's streaming reader fails when a sheet comes before xl/workbook.xml in the zip, an order writers are free to use.
    try {
      return await loadedSheet(bytes, limits);
    } catch {
      return null;
    }
  }
}

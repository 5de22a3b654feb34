/** The first filled sheet of a workbook as text rows: what the organiser sees in the cells, never a formula. */
import ExcelJS from 'exceljs';

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

export interface SheetText {
  readonly sheetName: string;
  readonly rows: string[][];
}

/** Rows of the first sheet that has any; row i is the sheet's row i + 1. Null when the workbook cannot be read. */
export async function readXlsx(bytes: Buffer, maxRows: number): Promise<SheetText | { tooManyRows: number } | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) return { sheetName: '', rows: [] };
  if (sheet.rowCount > maxRows) return { tooManyRows: sheet.rowCount };
  const rows: string[][] = Array.from({ length: sheet.rowCount }, () => []);
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as Cell[];
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    rows[number - 1] = cells;
  });
  return { sheetName: sheet.name, rows };
}

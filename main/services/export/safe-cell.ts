/** Values as they go into a cell: plain strings and numbers only, with nothing a spreadsheet could execute or choke on. */
import type { CellValue } from '../../../shared/exports/sheet.ts';

/** Excel refuses more than this many characters in one cell. */
const MAX_CELL_CHARACTERS = 32_767;
/** Control characters are not allowed in the file's XML: they would make the workbook unreadable. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function safeText(value: string): string {
  return value.replace(CONTROL, '').slice(0, MAX_CELL_CHARACTERS);
}

/** A string stays a string (exceljs stores "=1+1" as text); only finite numbers are numbers; anything else becomes text. */
export function safeCell(value: CellValue | null | undefined): string | number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return typeof value === 'string' ? safeText(value) : '';
}

/** Text for a page header or footer: "&" starts a printer code there, so it is doubled. */
export function headerText(value: string, max = 80): string {
  return safeText(value).replace(/[\r\n]+/g, ' ').slice(0, max).replace(/&/g, '&&');
}

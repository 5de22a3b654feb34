/** Values as they go into a cell: plain strings and numbers only, with nothing a spreadsheet could execute or choke on. */
import type { CellValue } from '../../../shared/exports/sheet.ts';
import { xmlText } from '../../../shared/exports/xml-text.ts';

/** Excel refuses more than this many characters in one cell. */
const MAX_CELL_CHARACTERS = 32_767;
export function safeText(value: string): string {
  // Cut first, then cleaned: a cut through a surrogate pair leaves a lone half, which XML refuses.
  return xmlText(value.slice(0, MAX_CELL_CHARACTERS));
}

/** A string stays a string (exceljs stores "=1+1" as text); only finite numbers are numbers; anything else becomes text. */
export function safeCell(value: CellValue | null | undefined): string | number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return typeof value === 'string' ? safeText(value) : '';
}

/** Text for a page header or footer: "&" starts a printer code there, so it is doubled. */
export function headerText(value: string, max = 80): string {
  return xmlText(value.replace(/[\r\n]+/g, ' ').slice(0, max)).replace(/&/g, '&&');
}

/** Reception sheet: the participant list by last name, with room to sign or tick at the desk. */
import type { SheetFinish } from './workbook.ts';

export const checkInColumn: SheetFinish = (ws, sheet) => {
  ws.getColumn(sheet.columns.length).width = 18;
};

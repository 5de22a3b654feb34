/** Reception workbook: the participant list by last name, with a check-in column, printed in portrait. */
import { receptionContent } from '../../../shared/exports/reception-content.ts';
import { addTableSheet } from './sheet-style.ts';
import { newWorkbook, type WorkbookBuilder } from './workbook.ts';

export const buildReception: WorkbookBuilder = (ctx, print) => {
  const wb = newWorkbook(ctx);
  for (const sheet of receptionContent(ctx).sheets) {
    if (sheet.kind !== 'table') continue;
    const ws = addTableSheet(wb, sheet, print, { paper: 'A4', orientation: 'landscape' });
    // Room to sign or tick at the desk.
    ws.getColumn(sheet.columns.length).width = 18;
  }
  return wb;
};

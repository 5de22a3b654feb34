/** Set-up and AV workbook: one sheet per day, room by room, slot by slot — layout, seats, equipment, changeover. */
import { setupContent } from '../../../shared/exports/setup-content.ts';
import { addTableSheet, font, restyle } from './sheet-style.ts';
import { newWorkbook, type WorkbookBuilder } from './workbook.ts';

export const buildSetup: WorkbookBuilder = (ctx, print) => {
  const wb = newWorkbook(ctx);
  for (const sheet of setupContent(ctx).sheets) {
    if (sheet.kind !== 'table') continue;
    const ws = addTableSheet(wb, sheet, print, { paper: 'A4', orientation: 'landscape' });
    // A changeover shorter than the room needs is what the AV team must see first.
    const changeover = ws.getColumn(12);
    changeover.eachCell({ includeEmpty: false }, (cell, row) => {
      const needed = ws.getRow(row).getCell(13).value;
      if (row > 1 && typeof cell.value === 'number' && typeof needed === 'number' && cell.value < needed) {
        restyle(ws.getRow(row).getCell(11), { font: font({ bold: true, color: { argb: 'FFB00020' } }) });
      }
    });
  }
  return wb;
};

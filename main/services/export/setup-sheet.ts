/** Set-up and AV sheets: a changeover shorter than the room needs is what the AV team must see first. */
import { font, restyle } from './sheet-style.ts';
import type { SheetFinish } from './workbook.ts';

export const markShortChangeovers: SheetFinish = (ws) => {
  const changeover = ws.getColumn(12);
  changeover.eachCell({ includeEmpty: false }, (cell, row) => {
    const needed = ws.getRow(row).getCell(13).value;
    if (row > 1 && typeof cell.value === 'number' && typeof needed === 'number' && cell.value < needed) {
      restyle(ws.getRow(row).getCell(11), { font: font({ bold: true, color: { argb: 'FFB00020' } }) });
    }
  });
};

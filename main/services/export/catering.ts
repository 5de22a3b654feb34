/** Catering workbook: people expected per break and meal with diets broken down, and the list of special needs. */
import { cateringContent } from '../../../shared/exports/catering-content.ts';
import { addTableSheet } from './sheet-style.ts';
import { newWorkbook, type WorkbookBuilder } from './workbook.ts';

export const buildCatering: WorkbookBuilder = (ctx, print) => {
  const wb = newWorkbook(ctx);
  for (const sheet of cateringContent(ctx).sheets) {
    if (sheet.kind === 'table') addTableSheet(wb, sheet, print, { paper: 'A4', orientation: 'landscape' });
  }
  return wb;
};

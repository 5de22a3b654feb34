/** Tours workbook: the summary of groups, then one printable sheet per group for its guide. */
import { toursContent } from '../../../shared/exports/tours-content.ts';
import { addTableSheet } from './sheet-style.ts';
import { newWorkbook, type WorkbookBuilder } from './workbook.ts';

export const buildTours: WorkbookBuilder = (ctx, print) => {
  const wb = newWorkbook(ctx);
  for (const sheet of toursContent(ctx).sheets) {
    if (sheet.kind === 'table') addTableSheet(wb, sheet, print, { paper: 'A4', orientation: 'portrait' });
  }
  return wb;
};

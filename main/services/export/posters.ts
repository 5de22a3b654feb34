/** Poster boards workbook: the board list for the staff, and the hall plan as a picture beside the board table. */
import { postersContent } from '../../../shared/exports/posters.ts';
import { drawHallPlan, PLAN_HEIGHT, PLAN_WIDTH } from './hall-plan.ts';
import { addTableSheet } from './sheet-style.ts';
import { newWorkbook, type WorkbookBuilder } from './workbook.ts';

export const buildPosters: WorkbookBuilder = (ctx, print) => {
  const wb = newWorkbook(ctx);
  const [boards, plan] = postersContent(ctx).sheets;
  if (boards?.kind === 'table') addTableSheet(wb, boards, print, { paper: 'A4', orientation: 'portrait' });
  if (plan?.kind === 'table') {
    const ws = addTableSheet(wb, plan, print, { paper: 'A3', orientation: 'landscape' });
    // exceljs's types predate typed Node buffers; at run time it takes the Node Buffer as is.
    const png = drawHallPlan(ctx.project) as unknown as ArrayBuffer;
    const image = wb.addImage({ buffer: png, extension: 'png' });
    // The picture sits to the right of the board table, at its natural size (0-based column index).
    ws.addImage(image, { tl: { col: plan.columns.length + 1, row: 0 }, ext: { width: PLAN_WIDTH * 0.75, height: PLAN_HEIGHT * 0.75 } });
  }
  return wb;
};

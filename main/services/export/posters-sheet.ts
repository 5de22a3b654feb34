/** Poster boards workbook: the hall plan as a picture beside the plan sheet's board table. */
import { drawHallPlan, PLAN_HEIGHT, PLAN_WIDTH } from './hall-plan.ts';
import type { SheetFinish } from './workbook.ts';

/** The plan is the content's second sheet, after the board list. */
const PLAN_SHEET = 1;

export const hallPlanPicture: SheetFinish = (ws, sheet, { wb, ctx, index }) => {
  if (index !== PLAN_SHEET) return;
  // exceljs's types predate typed Node buffers; at run time it takes the Node Buffer as is.
  const png = drawHallPlan(ctx.project) as unknown as ArrayBuffer;
  const image = wb.addImage({ buffer: png, extension: 'png' });
  // The picture sits to the right of the board table, at its natural size (0-based column index).
  ws.addImage(image, { tl: { col: sheet.columns.length + 1, row: 0 }, ext: { width: PLAN_WIDTH * 0.75, height: PLAN_HEIGHT * 0.75 } });
};

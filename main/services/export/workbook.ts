/** One builder for every workbook: its content's sheets written in order, each given its workbook's finishing touch. */
import ExcelJS from 'exceljs';
import type { ExportContext } from '../../../shared/exports/context.ts';
import type { TableSheet, WorkbookContent } from '../../../shared/exports/sheet.ts';
import { addGridSheet } from './grid-sheet.ts';
import { safeText } from './safe-cell.ts';
import { addTableSheet, type PrintContext } from './sheet-style.ts';

/** What one workbook adds to a list sheet once it is written (a door sign's large type, the hall plan's picture). */
export type SheetFinish = (ws: ExcelJS.Worksheet, sheet: TableSheet, at: { readonly wb: ExcelJS.Workbook; readonly ctx: ExportContext; readonly index: number }) => void;

export function newWorkbook(ctx: ExportContext): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Régie';
  wb.title = safeText(ctx.project.event.name);
  wb.created = new Date();
  return wb;
}

export function buildWorkbook(ctx: ExportContext, print: PrintContext, content: WorkbookContent, finish?: SheetFinish): ExcelJS.Workbook {
  const wb = newWorkbook(ctx);
  content.sheets.forEach((sheet, index) => {
    if (sheet.kind === 'grid') return addGridSheet(wb, sheet, print, ctx);
    const ws = addTableSheet(wb, sheet, print);
    finish?.(ws, sheet, { wb, ctx, index });
  });
  return wb;
}

/** A new workbook with the document properties every export shares. */
import ExcelJS from 'exceljs';
import type { ExportContext } from '../../../shared/exports/context.ts';
import { safeText } from './safe-cell.ts';
import type { PrintContext } from './sheet-style.ts';

/** Builds one venue workbook from the project. */
export type WorkbookBuilder = (ctx: ExportContext, print: PrintContext) => ExcelJS.Workbook;

export function newWorkbook(ctx: ExportContext): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Régie';
  wb.title = safeText(ctx.project.event.name);
  wb.created = new Date();
  return wb;
}

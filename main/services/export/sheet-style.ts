/** The look every sheet shares: a styled header row, frozen panes, filters, fitting widths and a print set-up. */
import type ExcelJS from 'exceljs';
import type { CellValue, PageLayout, TableSheet } from '../../../shared/exports/sheet.ts';
import type { Translate } from '../../../shared/exports/context.ts';
import { headerText, safeCell, safeText } from './safe-cell.ts';

/** What every printed page says at its top: the event, the sheet, the date it was printed. */
export interface PrintContext {
  readonly eventName: string;
  readonly printedOn: string;
  readonly t: Translate;
}

/** Excel's paper size codes. */
const PAPER = { A3: 8, A4: 9 } as const;
export const HEADER_FILL = 'FF1F3A5F';
export const HEADER_FONT = 'FFFFFFFF';
/** Arial prints the same everywhere (LibreOffice maps it to Liberation Sans); Excel's default Calibri often is missing. */
const FONT_NAME = 'Arial';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Widths are measured on the first rows only: a 10,000-row list does not need every row read to size a column. */
const ROWS_MEASURED = 500;

export const font = (options: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT_NAME, size: 10, ...options });

export function printSetup(ws: ExcelJS.Worksheet, print: PrintContext, layout: PageLayout, headerRows: number): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER[layout.paper] as ExcelJS.PaperSize,
    orientation: layout.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: layout.onePage ? 1 : 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `1:${headerRows}`,
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: `&L${headerText(print.eventName, 70)}&R${headerText(print.t('page.header', { date: print.printedOn }))}`,
    // Page codes are put in after escaping, so they are the only "&" codes the footer has.
    oddFooter: `&L&A&C${headerText(print.t('page.footer', { page: '%page%', pages: '%pages%' })).replace('%pages%', '&N').replace('%page%', '&P')}`,
  };
}

/** A width (in characters) that fits the longest line of a column's first rows. */
export function fittingWidth(header: string, rows: readonly (readonly CellValue[])[], column: number): number {
  let longest = header.length;
  const n = Math.min(rows.length, ROWS_MEASURED);
  for (let r = 0; r < n; r++) {
    const value = rows[r]![column];
    if (value === undefined) continue;
    for (const line of String(value).split('\n')) longest = Math.max(longest, line.length);
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/** Changes one cell's look without touching the style object it may share with its column. */
export function restyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

export function styleHeaderRow(row: ExcelJS.Row): void {
  row.font = font({ bold: true, color: { argb: HEADER_FONT } });
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
  });
}

/**
 * Adds a list sheet: optional title lines, then the header row, then the rows as plain values.
 * Text columns carry the text format '@', so a value like "=HYPERLINK(…)" stays text even after someone edits it.
 */
export function addTableSheet(wb: ExcelJS.Workbook, sheet: TableSheet, print: PrintContext): ExcelJS.Worksheet {
  const titleRows = sheet.title?.length ?? 0;
  const headerRow = titleRows + 1;
  const count = sheet.columns.length;
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
  });
  // Column styles are set before any row is added, so every new cell inherits them.
  ws.columns = sheet.columns.map((column, i) => {
    const width = fittingWidth(column.header, sheet.rows, i);
    return {
      width,
      style: column.kind === 'text'
        ? { numFmt: '@', font: font(), alignment: { vertical: 'top', wrapText: width >= MAX_WIDTH || sheet.rows.some((r, k) => k < ROWS_MEASURED && String(r[i] ?? '').includes('\n')) } }
        : { font: font(), alignment: { vertical: 'top' } },
    };
  });
  sheet.title?.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = safeText(line);
    row.font = font({ bold: i === 0, size: i === 0 ? 14 : 11 });
    if (count > 1) ws.mergeCells(i + 1, 1, i + 1, count);
  });
  const header = ws.getRow(headerRow);
  header.values = sheet.columns.map((column) => safeText(column.header));
  styleHeaderRow(header);
  // One style object per column, shared by its data cells: exceljs then writes each style once instead of once per cell.
  const shared = sheet.columns.map((_, i) => ({ ...ws.getColumn(i + 1).style }));
  for (const values of sheet.rows) {
    const row = ws.addRow(values.map(safeCell));
    for (let c = 0; c < count; c++) row.getCell(c + 1).style = shared[c]!;
  }
  if (count > 0) ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(sheet.rows.length, 1), column: count } };
  printSetup(ws, print, sheet.page, headerRow);
  return ws;
}

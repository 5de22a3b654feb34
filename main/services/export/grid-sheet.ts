/** A day of the timetable as a grid: rooms across, time down, a merged cell per session coloured by theme. */
import type ExcelJS from 'exceljs';
import type { ExportContext } from '../../../shared/exports/context.ts';
import type { GridSheet } from '../../../shared/exports/sheet.ts';
import { safeText } from './safe-cell.ts';
import { font, printSetup, styleHeaderRow, type PrintContext } from './sheet-style.ts';

/** A theme colour lightened towards white, so black text on it stays readable when printed. */
function tint(hex: string, amount = 0.6): string {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
    return Math.round(value + (255 - value) * amount).toString(16).padStart(2, '0');
  };
  return `FF${channel(0)}${channel(1)}${channel(2)}`.toUpperCase();
}

const NO_THEME = '#B0B7C3';

export function addGridSheet(wb: ExcelJS.Workbook, grid: GridSheet, print: PrintContext, ctx: ExportContext): void {
  const headerRow = grid.title.length + 1;
  const columns = grid.rooms.length + 1;
  const ws = wb.addWorksheet(grid.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: headerRow, topLeftCell: `B${headerRow + 1}` }] });
  // Fewer rooms get wider columns: the day fills the A3 page across.
  const width = Math.max(18, Math.min(40, 160 / Math.max(1, grid.rooms.length)));
  ws.columns = [
    { width: 7, style: { numFmt: '@', font: font({ size: 8, color: { argb: 'FF555555' } }), alignment: { vertical: 'top' } } },
    ...grid.rooms.map(() => ({ width, style: { numFmt: '@', font: font({ size: 9 }), alignment: { vertical: 'top' as const, wrapText: true } } })),
  ];
  grid.title.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = safeText(line);
    row.font = font({ bold: i === 0, size: i === 0 ? 16 : 10 });
    ws.mergeCells(i + 1, 1, i + 1, columns);
  });
  const header = ws.getRow(headerRow);
  const venues = new Set(grid.rooms.map((room) => room.venueId));
  header.values = [
    ctx.t('column.time'),
    ...grid.rooms.map((room) => safeText(venues.size > 1 ? `${room.name}\n${ctx.venues.get(room.venueId)?.name ?? ''}` : room.name)),
  ];
  styleHeaderRow(header);
  header.height = venues.size > 1 ? 30 : 18;
  // Shorter steps get lower rows, so a day still prints on one A3 page.
  const rowHeight = Math.min(30, Math.max(7, grid.stepMinutes * 1.4));
  grid.times.forEach((time, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    // Quarter hours are labelled; finer steps stay blank so the column reads at a glance.
    if (grid.stepMinutes >= 15 || Number(time.slice(3)) % 15 === 0) row.getCell(1).value = time;
    row.height = rowHeight;
  });
  for (const block of grid.blocks) {
    const top = headerRow + 1 + block.firstRow;
    const bottom = headerRow + 1 + block.lastRow;
    const col = block.column + 2;
    if (bottom > top) ws.mergeCells(top, col, bottom, col);
    const cell = ws.getCell(top, col);
    cell.value = safeText(block.lines.join('\n'));
    const color = block.color ?? NO_THEME;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: tint(color) } };
    cell.border = {
      left: { style: 'thick', color: { argb: `FF${color.slice(1).toUpperCase()}` } },
      top: { style: 'thin', color: { argb: 'FF888888' } },
      bottom: { style: 'thin', color: { argb: 'FF888888' } },
      right: { style: 'thin', color: { argb: 'FF888888' } },
    };
  }
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + grid.times.length, column: columns } };
  printSetup(ws, print, grid.page, headerRow);
}

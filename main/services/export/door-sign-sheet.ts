/** Room sheets: one A4 page per room and day, in large type, ready to put on the door. */
import { NESTED } from '../../../shared/exports/rooms-content.ts';
import { font, restyle } from './sheet-style.ts';
import type { SheetFinish } from './workbook.ts';

/** Column widths in characters: time, title, speakers — together they fill an A4 page's width. */
const WIDTHS = [22, 50, 30];
const TITLE_SIZE = 18;
const SPEAKER_SIZE = 13;

/** Lines a text needs in a column of `width` characters at `size` points (Excel does not grow rows by itself). */
const linesNeeded = (value: string, width: number, size: number): number =>
  value.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length * size) / 11 / width)), 0);

export const doorSign: SheetFinish = (ws, sheet) => {
  WIDTHS.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  const room = ws.getRow(1);
  room.font = font({ bold: true, size: 36 });
  room.height = 54;
  const where = ws.getRow(2);
  where.font = font({ size: 18, color: { argb: 'FF333333' } });
  where.height = 30;
  const header = ws.getRow(3);
  header.font = { ...header.font, size: 14 };
  header.height = 24;
  sheet.rows.forEach((values, i) => {
    const row = ws.getRow(4 + i);
    const nested = String(values[1]).startsWith(NESTED);
    const size = nested ? TITLE_SIZE - 3 : TITLE_SIZE;
    const line = { bottom: { style: 'hair' as const, color: { argb: 'FF999999' } } };
    const alignment = { vertical: 'middle' as const, wrapText: true };
    restyle(row.getCell(1), { font: font({ size: size - 2, bold: !nested }), alignment, border: line });
    restyle(row.getCell(2), { font: font({ size, bold: !nested }), alignment, border: line });
    restyle(row.getCell(3), { font: font({ size: SPEAKER_SIZE, italic: true }), alignment, border: line });
    const lines = Math.max(
      linesNeeded(String(values[1]), WIDTHS[1]!, size),
      linesNeeded(String(values[2]), WIDTHS[2]!, SPEAKER_SIZE),
    );
    row.height = lines * size * 1.35 + 10;
  });
};

/** The master timetable: a grid per day (rooms × time) and the flat list of every placed session. */
import type { ExportContext } from './context.ts';
import { roomName, speakersOf, themeName, venueName } from './labels.ts';
import { formatDay } from '../i18n/dates.ts';
import { placedSessions, roomBlocks, scheduleDays, span, type PlacedSession, type RoomBlock } from './schedule.ts';
import { text, uniqueSheetName, type CellValue, type GridBlock, type GridSheet, type TableSheet, type WorkbookContent } from './sheet.ts';
import { toTime } from '../model/time.ts';

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function listRow(ctx: ExportContext, p: PlacedSession): CellValue[] {
  const parent = p.session.parentId ? ctx.sessions.get(p.session.parentId) : undefined;
  return [
    formatDay(p.day, ctx.language, 'withYear'), toTime(p.start), toTime(p.end), roomName(ctx, p.roomId), venueName(ctx, p.roomId),
    p.session.title, ctx.label(`kind.${p.session.kind}`), themeName(ctx, p.session), speakersOf(ctx, p.session), parent?.title ?? '',
  ];
}

function blockLines(ctx: ExportContext, block: RoomBlock): string[] {
  const lines = [`${span(block)} ${block.session.title}`];
  const speakers = speakersOf(ctx, block.session);
  if (speakers) lines.push(speakers);
  for (const child of block.children) {
    const who = speakersOf(ctx, child.session);
    lines.push(`${span(child)} ${child.session.title}${who ? ` — ${who}` : ''}`);
  }
  return lines;
}

function gridSheet(ctx: ExportContext, day: string, blocks: readonly RoomBlock[], dayRows: CellValue[][], used: Set<string>): GridSheet {
  const { t, project } = ctx;
  const roomIds = new Set(blocks.map((b) => b.roomId));
  const rooms = project.rooms.filter((room) => roomIds.has(room.id));
  const from = Math.floor(Math.min(...blocks.map((b) => b.start)) / 60) * 60;
  const to = Math.min(24 * 60, Math.ceil(Math.max(...blocks.map((b) => b.end)) / 60) * 60);
  // The grid's step divides every start and end, so each block begins and ends on a row edge.
  const step = Math.max(5, blocks.reduce((g, b) => gcd(gcd(g, b.start % 60), b.end % 60), 60));
  const times: string[] = [];
  for (let m = from; m < to; m += step) times.push(toTime(m));
  const lastRowOf = (minutes: number) => Math.max(0, Math.min(times.length - 1, Math.ceil((minutes - from) / step) - 1));
  const gridBlocks: GridBlock[] = [];
  const taken = new Map<number, GridBlock[]>();
  for (const block of blocks) {
    const column = rooms.findIndex((room) => room.id === block.roomId);
    const firstRow = Math.floor((block.start - from) / step);
    const lastRow = Math.max(firstRow, lastRowOf(block.end));
    const lines = blockLines(ctx, block);
    const inColumn = taken.get(column) ?? [];
    const clash = inColumn.find((other) => other.firstRow <= lastRow && firstRow <= other.lastRow);
    if (clash) {
      // Two sessions in one room at once (a conflict the plan still has): both stay visible in one cell.
      (clash.lines as string[]).push('+', ...lines);
      continue;
    }
    const color = block.session.themeId ? (ctx.themes.get(block.session.themeId)?.color ?? null) : null;
    const gridBlock: GridBlock = { session: block.session, column, firstRow, lastRow, lines, color };
    inColumn.push(gridBlock);
    taken.set(column, inColumn);
    gridBlocks.push(gridBlock);
  }
  return {
    kind: 'grid',
    name: uniqueSheetName(t('sheet.grid', { day: formatDay(day, ctx.language, 'tab') }), used),
    title: [`${project.event.name} — ${formatDay(day, ctx.language, 'withYear')}`, t('page.timeZone', { timeZone: project.event.timeZone })],
    rooms,
    times,
    stepMinutes: step,
    blocks: gridBlocks,
    rows: dayRows,
  };
}

export function timetableContent(ctx: ExportContext): WorkbookContent {
  const { t } = ctx;
  const placed = placedSessions(ctx);
  const blocks = roomBlocks(ctx, placed);
  const used = new Set<string>();
  const grids: GridSheet[] = [];
  const rows = placed.map((p) => listRow(ctx, p));
  for (const day of scheduleDays(ctx, placed)) {
    const ofDay = blocks.filter((b) => b.day === day);
    if (ofDay.length === 0) continue;
    const dayRows = rows.filter((_, i) => placed[i]!.day === day);
    grids.push(gridSheet(ctx, day, ofDay, dayRows, used));
  }
  const list: TableSheet = {
    kind: 'table',
    name: uniqueSheetName(t('sheet.sessions'), used),
    columns: ['day', 'start', 'end', 'room', 'venue', 'session', 'kind', 'theme', 'speakers', 'partOf'].map((key) => text(t(`column.${key}`))),
    rows,
  };
  return { sheets: [...grids, list] };
}

/** Set-up and AV: per room and slot, the layout, seats and equipment, and the changeover window after it. */
import type { Equipment, RoomLayout } from '../model/schema.ts';
import type { ExportContext } from './context.ts';
import { roomName, venueName } from './labels.ts';
import { formatDay } from '../i18n/dates.ts';
import { placedSessions, roomBlocks, scheduleDays, span, type RoomBlock } from './schedule.ts';
import { number, text, uniqueSheetName, type CellValue, type TableSheet, type WorkbookContent } from './sheet.ts';
import { toTime } from '../model/time.ts';

function setupRow(ctx: ExportContext, block: RoomBlock, next: RoomBlock | undefined): CellValue[] {
  const { t } = ctx;
  const room = ctx.rooms.get(block.roomId);
  const capacity = room?.capacity ?? 0;
  const layout: RoomLayout = block.session.needs.layout ?? room?.layout ?? 'theatre';
  const equipment = new Set<Equipment>(block.session.needs.equipment);
  for (const child of block.children) for (const item of child.session.needs.equipment) equipment.add(item);
  // Seats to set: the audience expected, never more than the room holds; the full room when nobody said.
  const expected = block.session.expectedAudience;
  const seats = expected > 0 && capacity > 0 ? Math.min(expected, capacity) : expected || capacity;
  const needed = room?.changeoverMinutes ?? 0;
  let changeover = t('lastOfDay');
  let minutes: CellValue = '';
  if (next) {
    const gap = next.start - block.end;
    minutes = gap;
    changeover = gap < needed ? `${span({ start: block.end, end: Math.max(block.end, next.start) })} — ${t('tooShort', { minutes: gap, needed })}` : span({ start: block.end, end: next.start });
  }
  return [
    roomName(ctx, block.roomId), venueName(ctx, block.roomId), toTime(block.start), toTime(block.end),
    block.session.title, ctx.label(`kind.${block.session.kind}`), ctx.label(`layout.${layout}`), seats, capacity,
    [...equipment].map((item) => ctx.label(`equipment.${item}`)).join(', '), changeover, minutes, needed,
  ];
}

export function setupContent(ctx: ExportContext): WorkbookContent {
  const { t, project } = ctx;
  const blocks = roomBlocks(ctx, placedSessions(ctx));
  const used = new Set<string>();
  const sheets: TableSheet[] = [];
  const roomOrder = new Map(project.rooms.map((room, i) => [room.id, i]));
  for (const day of scheduleDays(ctx, blocks)) {
    const ofDay = blocks
      .filter((b) => b.day === day)
      .sort((a, b) => (roomOrder.get(a.roomId) ?? Infinity) - (roomOrder.get(b.roomId) ?? Infinity) || a.start - b.start);
    if (ofDay.length === 0) continue;
    const rows = ofDay.map((block, i) => {
      const next = ofDay[i + 1];
      return setupRow(ctx, block, next && next.roomId === block.roomId ? next : undefined);
    });
    sheets.push({
      kind: 'table',
      name: uniqueSheetName(t('sheet.setup', { day: formatDay(day, ctx.language, 'tab') }), used),
      columns: [
        text(t('column.room')), text(t('column.venue')), text(t('column.start')), text(t('column.end')),
        text(t('column.session')), text(t('column.kind')), text(t('column.layout')), number(t('column.seats')),
        number(t('column.capacity')), text(t('column.equipment')), text(t('column.changeover')),
        number(t('column.changeoverMinutes')), number(t('column.changeoverNeeded')),
      ],
      rows,
    });
  }
  return { sheets };
}

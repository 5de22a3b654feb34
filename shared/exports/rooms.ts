/** Room sheets: one per room and day, to put on the door — times, titles, speakers. */
import type { ExportContext } from './context.ts';
import { speakersOf } from './labels.ts';
import { formatDay } from '../i18n/dates.ts';
import { placedSessions, roomBlocks, scheduleDays } from './schedule.ts';
import { text, uniqueSheetName, type CellValue, type TableSheet, type WorkbookContent } from './sheet.ts';
import { toTime } from '../model/time.ts';

/** Marks a talk that is part of the session above it on the door sign. */
export const NESTED = '› ';

/** A room name cut to fit a sheet tab, with an ellipsis so the cut shows. */
const shortened = (name: string, max: number): string => (name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name);

export function roomsContent(ctx: ExportContext): WorkbookContent {
  const { t, project } = ctx;
  const blocks = roomBlocks(ctx, placedSessions(ctx));
  const used = new Set<string>();
  const sheets: TableSheet[] = [];
  const days = scheduleDays(ctx, blocks);
  for (const room of project.rooms) {
    const venue = ctx.venues.get(room.venueId)?.name ?? '';
    for (const day of days) {
      const ofRoom = blocks.filter((b) => b.roomId === room.id && b.day === day);
      if (ofRoom.length === 0) continue;
      const rows: CellValue[][] = [];
      for (const block of ofRoom) {
        rows.push([`${toTime(block.start)} – ${toTime(block.end)}`, block.session.title, speakersOf(ctx, block.session)]);
        for (const child of block.children) {
          rows.push([`${toTime(child.start)} – ${toTime(child.end)}`, `${NESTED}${child.session.title}`, speakersOf(ctx, child.session)]);
        }
      }
      sheets.push({
        kind: 'table',
        name: uniqueSheetName(t('sheet.room', { room: shortened(room.name, 20), day: formatDay(day, ctx.language, 'tab') }), used),
        title: [room.name, [venue, formatDay(day, ctx.language, 'withYear')].filter(Boolean).join(' — ')],
        columns: [text(t('column.time')), text(t('column.session')), text(t('column.speakers'))],
        rows,
      });
    }
  }
  return { sheets };
}

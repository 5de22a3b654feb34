/** The day's grid: an hour gutter and one column per room, only the columns in view being drawn (40 rooms stay smooth). */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../shared/model/schema.ts';
import { toTime } from '../../../../shared/model/time.ts';
import { cardsByRoom, type VenueRooms } from '../../../../shared/timetable/grid.ts';
import { useSelection } from '../conflicts/selection.ts';
import { RoomColumn } from './RoomColumn.tsx';
import { useTimetable } from './timetable-context.ts';

export const COLUMN_WIDTH = 190;

/** When the Problems panel asks for a session: bring its room into view, then scroll to its card and focus it. */
function useShowSelected(roomIds: readonly string[], showColumn: (index: number) => void, scroller: RefObject<HTMLDivElement | null>): void {
  const { project, day } = useTimetable();
  const selected = useSelection((s) => s.selectedSessionId);
  useEffect(() => {
    const session = selected ? project.sessions.find((s) => s.id === selected) : undefined;
    if (!session?.slot || session.slot.day !== day) return;
    const index = roomIds.indexOf(session.slot.roomId);
    if (index < 0) return;
    showColumn(index);
    // The column is drawn on the next frame, once the virtualiser has scrolled to it.
    const frame = requestAnimationFrame(() => {
      const card = scroller.current?.querySelector<HTMLElement>(`[data-session-id="${CSS.escape(session.id)}"]`);
      card?.scrollIntoView({ block: 'center', inline: 'nearest' });
      card?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
    // Runs when a session is asked for (or its day comes up), not at every edit.
  }, [selected, day]);
}
const GUTTER = 56;
const HEADER = 44;

export function TimetableGrid({ groups }: { groups: readonly VenueRooms[] }) {
  const { t } = useTranslation();
  const { project, day, hours, pxPerMinute, dayName } = useTimetable();
  const scroller = useRef<HTMLDivElement>(null);
  const columns = useMemo(
    () => groups.flatMap((g) => g.rooms.map((room, i): { room: Room; venueName: string | null } => ({ room, venueName: i === 0 ? (g.venue?.name ?? t('timetable:otherVenue')) : null }))),
    [groups, t],
  );
  const cards = useMemo(() => cardsByRoom(project, day, hours, pxPerMinute), [project, day, hours, pxPerMinute]);
  const virtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => COLUMN_WIDTH,
    overscan: 2,
    initialRect: { width: 1200, height: 600 },
  });
  useShowSelected(columns.map((c) => c.room.id), (index) => virtualizer.scrollToIndex(index, { align: 'center' }), scroller);
  const hoursShown = [];
  for (let m = hours.start; m < hours.end; m += 60) hoursShown.push(m);
  const height = (hours.end - hours.start) * pxPerMinute;

  return (
    <div className="tt-scroller" ref={scroller} role="region" aria-label={t('timetable:grid', { day: dayName(day) })} tabIndex={0}>
      <div className="tt-canvas" style={{ width: GUTTER + virtualizer.getTotalSize(), height: HEADER + height }}>
        <div className="tt-gutter" style={{ height: HEADER + height, width: GUTTER }} aria-hidden="true">
          {hoursShown.map((m) => (
            <span key={m} className="tt-gutter__hour" style={{ top: HEADER + (m - hours.start) * pxPerMinute }}>{toTime(m)}</span>
          ))}
        </div>
        {virtualizer.getVirtualItems().map((item) => {
          const { room, venueName } = columns[item.index]!;
          return <RoomColumn key={room.id} room={room} venueName={venueName} cards={cards.get(room.id) ?? EMPTY} left={GUTTER + item.start} width={COLUMN_WIDTH} />;
        })}
      </div>
    </div>
  );
}

const EMPTY: never[] = [];

/**
 * The room headers of the day's grid, in one row that stays at the top while the grid scrolls: one sticky element
 * rather than one per column, so the browser composites one layer for them all, not one per room.
 */
import { memo } from 'react';
import type { Room } from '../../../../shared/model/schema.ts';
import { useTimetable } from './timetable-context.ts';

export interface HeaderColumn {
  readonly room: Room;
  /** Its venue's name, and whether the header shows it (the venue's first room). */
  readonly venue: string;
  readonly firstOfVenue: boolean;
}

interface Props {
  readonly columns: readonly HeaderColumn[];
  /** Where the first room starts (after the hours) and how wide each room is. */
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export const RoomHeaders = memo(function RoomHeaders({ columns, left, width, height }: Props) {
  const { t } = useTimetable();
  return (
    <div className="tt-headers" style={{ width: left + columns.length * width, height, marginBottom: -height }}>
      {columns.map(({ room, venue, firstOfVenue }, index) => {
        const name = t('timetable:room', { name: room.name, capacity: room.capacity });
        return (
          <div key={room.id} className="tt-column__header" title={t('timetable:roomFull', { venue, room: name })} style={{ left: left + index * width, width }}>
            {/* Shown whole over its neighbours on hover, when the column is too narrow for it. */}
            <div className="tt-column__label">
              {firstOfVenue && <span className="tt-column__venue">{venue}</span>}
              <span className="tt-column__name">{name}</span>
            </div>
          </div>
        );
      })}
    </div>
  );
});

/** One room on one day, under its header: one drop slot per snap step, its session cards, and the preview of a drop. */
import { memo, useMemo, type CSSProperties, type MouseEvent } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { Room, Session } from '../../../../shared/model/schema.ts';
import { toTime } from '../../../../shared/model/time.ts';
import { slotTimes, type CardBox } from '../../../../shared/timetable/grid.ts';
import { cssLength, laneBoxes, laneItemOf, laneOfDrop, rightOf, type LaneItem } from '../../../../shared/timetable/lanes.ts';
import { isInside, parentsOf, type ParentOf } from '../../../../shared/model/nesting.ts';
import { roomClashesOf } from '../../../../shared/rules/index.ts';
import { conflictsAfter } from '../../state/conflicts.ts';
import { useDragStore } from './drag-store.ts';
import { roomDropId } from './drag.ts';
import { dropEdits } from './drop-edits.ts';
import { SessionCard } from './SessionCard.tsx';
import { useTimetable } from './timetable-context.ts';

/** Stands for the time in a slot's sentence, replaced slot by slot. */
const TIME_MARK = '\u0000';

/**
 * The slots never change during a drag: kept apart so dragging does not re-render them. Only those between `from` and
 * `to` (the hours in view) are drawn, placed at their own time. Each is only a name and a place: its height and the
 * double click are the list's, so that the hundreds coming into view at each scroll step cost little.
 */
const DropSlots = memo(function DropSlots({ room, day, start, from, to, snap, px }: { room: Room; day: string; start: number; from: number; to: number; snap: number; px: number }) {
  const { t, dayName, newSessionAt } = useTimetable();
  // One sentence per column with a mark for the time.
  const label = t('timetable:slot', { room: room.name, day: dayName(day), time: TIME_MARK });
  const first = start + Math.ceil((from - start) / snap) * snap;
  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    const index = Array.prototype.indexOf.call(event.currentTarget.children, event.target);
    if (index >= 0) newSessionAt(room.id, first + index * snap);
  };
  return (
    <div className="tt-slots" style={{ top: (first - start) * px, '--slot-height': `${snap * px}px` } as CSSProperties} onDoubleClick={onDoubleClick}>
      {slotTimes({ start: first, end: to }, snap).map((minute) => (
        <div key={minute} role="button" tabIndex={-1} className="tt-slot" aria-label={label.replace(TIME_MARK, toTime(minute))} />
      ))}
    </div>
  );
});

interface SessionIndex {
  readonly byId: ReadonlyMap<string, Session>;
  readonly parentOf: ParentOf;
}

/** Per list of sessions, made once for every column's preview: a drag changes its target many times a second. */
const indexes = new WeakMap<readonly Session[], SessionIndex>();
function sessionIndex(sessions: readonly Session[]): SessionIndex {
  let index = indexes.get(sessions);
  if (!index) indexes.set(sessions, (index = { byId: new Map(sessions.map((s) => [s.id, s])), parentOf: parentsOf(sessions) }));
  return index;
}

/** Where the dragged session would land in this room: exact start–end, its lane beside overlapping sessions, and the room clashes the drop would leave. */
function DropPreview({ roomId, lanes }: { roomId: string; lanes: readonly LaneItem[] }) {
  const { t, project, hours, pxPerMinute } = useTimetable();
  const target = useDragStore((s) => (s.activeId && s.target?.type === 'slot' && s.target.roomId === roomId ? s.target : null));
  const lane = useMemo(() => {
    if (!target) return null;
    const { byId, parentOf } = sessionIndex(project.sessions);
    const session = byId.get(target.sessionId);
    const moving = new Set(lanes.filter((i) => i.id === target.sessionId || isInside(i.id, target.sessionId, parentOf)).map((i) => i.id));
    return laneOfDrop(lanes, moving, { id: target.sessionId, start: target.start, end: target.start + target.duration, parentId: session?.parentId ?? null });
  }, [project, lanes, target]);
  const clashes = useMemo(() => {
    if (!target) return [];
    const after = conflictsAfter(project, dropEdits(project, target)?.edits ?? []);
    const { byId } = sessionIndex(project.sessions);
    return roomClashesOf(after ?? [], target.sessionId).map((id) => byId.get(id)?.title ?? '');
  }, [project, target]);
  if (!target || !lane) return null;
  const room = project.rooms.find((r) => r.id === roomId)?.name ?? roomId;
  return (
    <div
      className="tt-preview"
      role="status"
      data-conflict={clashes.length ? 'true' : undefined}
      data-lane={`${lane.lane + 1}/${lane.lanes}`}
      style={{ top: (target.start - hours.start) * pxPerMinute, height: target.duration * pxPerMinute, left: cssLength(lane.left), right: cssLength(rightOf(lane)) }}
    >
      <strong>{t('timetable:preview', { room, start: toTime(target.start), end: toTime(target.start + target.duration) })}</strong>
      <span>{clashes.length ? `⚠ ${t('timetable:overlap', { titles: clashes.join('\n') })}` : t('timetable:previewFree')}</span>
    </div>
  );
}

interface RoomColumnProps {
  readonly room: Room;
  readonly cards: readonly CardBox[];
  /** Below the row of room headers. */
  readonly top: number;
  readonly left: number;
  readonly width: number;
  /** The minutes in view: cards outside them are not drawn (none when from = to: the column is out of view). */
  readonly from: number;
  readonly to: number;
  /** The minutes whose slots are drawn: those in view once the grid stopped scrolling (none when equal). */
  readonly slotsFrom: number;
  readonly slotsTo: number;
}

export const RoomColumn = memo(function RoomColumn({ room, cards, top: columnTop, left, width, from, to, slotsFrom, slotsTo }: RoomColumnProps) {
  const { hours, pxPerMinute, snapMinutes, day } = useTimetable();
  const { setNodeRef } = useDroppable({ id: roomDropId(room.id) });
  // Overlapping sessions share the column's width in lanes, worked out over all of them, drawn or not.
  const laneItems = useMemo(() => cards.map((c) => laneItemOf(c.session)).filter((i) => i !== null), [cards]);
  const lanes = useMemo(() => laneBoxes(laneItems), [laneItems]);
  const dragged = useDragStore((s) => s.activeId?.replace(/^(session|resize):/, '') ?? null);
  const top = (from - hours.start) * pxPerMinute;
  const bottom = (to - hours.start) * pxPerMinute;
  // The card being dragged stays drawn when scrolled away: dnd-kit holds its element until the drop.
  const shown = cards.filter((c) => (c.top < bottom && c.top + c.height > top) || c.session.id === dragged);
  return (
    <div className="tt-column" role="group" aria-label={room.name} style={{ top: columnTop, left, width }}>
      <div
        ref={setNodeRef}
        className="tt-column__body"
        data-column-body={room.id}
        style={{ height: (hours.end - hours.start) * pxPerMinute, backgroundSize: `100% ${60 * pxPerMinute}px` }}
      >
        {slotsFrom < slotsTo && (
          <DropSlots room={room} day={day} start={hours.start} from={Math.max(slotsFrom, hours.start)} to={Math.min(slotsTo, hours.end)} snap={snapMinutes} px={pxPerMinute} />
        )}
        {shown.map((c) => (
          <SessionCard key={c.session.id} session={c.session} top={c.top} height={c.height} depth={c.depth} nests={c.nests} lane={lanes.get(c.session.id)!} />
        ))}
        <DropPreview roomId={room.id} lanes={laneItems} />
      </div>
    </div>
  );
});

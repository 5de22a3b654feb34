/**
 * The day's grid: one scroll area with the hour gutter on the left and the row of room headers on top (both sticky), one
 * column per room. Only what is in view is drawn, in both directions: every room keeps its header and drop area (so scrolling
 * never re-registers drop targets with dnd-kit), but only the rooms in view get their cards, only for the hours in
 * view, and their slots once the grid stops scrolling.
 */
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { toMinutes, toTime } from '../../../../shared/model/time.ts';
import { cardsByRoom, type VenueRooms } from '../../../../shared/timetable/grid.ts';
import { useSelection } from '../../state/selection.ts';
import { RoomColumn } from './RoomColumn.tsx';
import { RoomHeaders, type HeaderColumn } from './RoomHeaders.tsx';
import { useTimetable } from './timetable-context.ts';
import { rememberPlace, useViewPrefs } from './view-prefs.ts';

export const COLUMN_WIDTH = 190;
/** The narrowest a fitted column gets: below it, the grid scrolls sideways again. */
const FIT_MIN_WIDTH = 26;
const GUTTER = 56;
const HEADER = 44;

/**
 * The grid's inner width, followed as the window is resized (columns fitted to it). Read from the resize observer,
 * which reports after layout: reading it in the render's commit would lay the whole page out once more.
 */
function useInnerWidth(scroller: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry!.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);
  return width;
}

/** Frames a room scrolled into view may take to be drawn, on a busy machine. */
const FRAMES_TO_DRAW_A_ROOM = 30;

/** When the Problems panel asks for a session: scroll its room and time into view, then focus its card. */
function useShowSelected(roomIds: readonly string[], columnWidth: number, scroller: RefObject<HTMLDivElement | null>): void {
  const { project, day, hours, pxPerMinute } = useTimetable();
  const selected = useSelection((s) => s.selectedSessionId);
  useEffect(() => {
    const session = selected ? project.sessions.find((s) => s.id === selected) : undefined;
    const element = scroller.current;
    if (!session?.slot || session.slot.day !== day || !element) return;
    const index = roomIds.indexOf(session.slot.roomId);
    if (index < 0) return;
    const top = (toMinutes(session.slot.start) - hours.start) * pxPerMinute;
    element.scrollLeft = GUTTER + index * columnWidth + columnWidth / 2 - element.clientWidth / 2;
    element.scrollTop = HEADER + top + (session.durationMinutes * pxPerMinute) / 2 - element.clientHeight / 2;
    // The card is drawn once the virtualisers have seen the scroll and React has drawn its room: a frame or a few later.
    let frame = 0;
    let framesLeft = FRAMES_TO_DRAW_A_ROOM;
    const focusCard = () => {
      const card = element.querySelector<HTMLElement>(`[data-session-id="${CSS.escape(session.id)}"]`);
      if (card) card.focus({ preventScroll: true });
      else if (--framesLeft > 0) frame = requestAnimationFrame(focusCard);
    };
    frame = requestAnimationFrame(focusCard);
    return () => cancelAnimationFrame(frame);
    // Runs when a session is asked for (or its day comes up), not at every edit.
  }, [selected, day]);
}

interface SlotsInView {
  readonly rooms: ReadonlySet<number>;
  readonly from: number;
  readonly to: number;
}

/**
 * The rooms and minutes whose slots are drawn: those in view once the grid stops scrolling, drawn after the cards in
 * a render that gives way to the next frame. Slots are seen only under the pointer, so a scroll (or the first paint)
 * draws the cards coming into view and nothing else.
 */
function useSlotsInView(rooms: ReadonlySet<number>, from: number, to: number, day: string, scrolling: boolean): SlotsInView | null {
  const [slots, setSlots] = useState<SlotsInView | null>(null);
  const view = `${day} ${from} ${to} ${[...rooms].join(' ')}`;
  useEffect(() => {
    if (!scrolling) startTransition(() => setSlots({ rooms, from, to }));
    // The view's key stands for the set of rooms, which is a new object at every render.
  }, [view, scrolling]);
  return slots;
}

export function TimetableGrid({ groups }: { groups: readonly VenueRooms[] }) {
  const { t } = useTranslation();
  const { project, day, hours, pxPerMinute, dayName } = useTimetable();
  const fit = useViewPrefs((s) => s.fit);
  const goTo = useViewPrefs((s) => s.goTo);
  const scroller = useRef<HTMLDivElement>(null);
  const columns = useMemo(
    () => groups.flatMap((g) => g.rooms.map((room, i): HeaderColumn => ({ room, venue: g.venue?.name ?? t('timetable:otherVenue'), firstOfVenue: i === 0 }))),
    [groups, t],
  );
  const roomIds = useMemo(() => columns.map((c) => c.room.id), [columns]);
  const innerWidth = useInnerWidth(scroller);
  const columnWidth = fit && innerWidth > 0 && columns.length > 0 ? Math.max(FIT_MIN_WIDTH, Math.floor((innerWidth - GUTTER) / columns.length)) : COLUMN_WIDTH;
  const cards = useMemo(() => cardsByRoom(project, day, hours, pxPerMinute), [project, day, hours, pxPerMinute]);

  const roomsInView = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => columnWidth,
    paddingStart: GUTTER,
    // One room each side: a room is drawn before it comes into view.
    overscan: 1,
    initialRect: { width: 1200, height: 600 },
    // Drawn by React after both virtualisers have read the scroll: drawing inside the first one's scroll handler made
    // the second one's read of the offset lay out the whole grid again, in every frame that brought a room into view.
    useFlushSync: false,
  });
  const hourCount = Math.max(1, Math.ceil((hours.end - hours.start) / 60));
  const hoursInView = useVirtualizer({
    count: hourCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => 60 * pxPerMinute,
    paddingStart: HEADER,
    overscan: 2,
    initialRect: { width: 1200, height: 600 },
    useFlushSync: false,
  });
  // Sizes come from the zoom and the fitted width, not from measuring: a change re-lays every row and column at once.
  useLayoutEffect(() => roomsInView.measure(), [columnWidth, roomsInView]);
  useLayoutEffect(() => hoursInView.measure(), [pxPerMinute, hoursInView]);

  const inView = new Set(roomsInView.getVirtualItems().map((item) => item.index));
  const rows = hoursInView.getVirtualItems();
  const from = hours.start + (rows[0]?.index ?? 0) * 60;
  const to = hours.start + ((rows.at(-1)?.index ?? hourCount - 1) + 1) * 60;
  const slots = useSlotsInView(inView, from, to, day, roomsInView.isScrolling || hoursInView.isScrolling);

  /** Where the grid is: the first room in view and the time at the top. */
  const placeNow = useCallback(() => {
    const element = scroller.current!;
    const index = Math.min(columns.length - 1, Math.floor((element.scrollLeft + 1) / columnWidth));
    const minute = Math.min(hours.end, Math.round(hours.start + element.scrollTop / pxPerMinute));
    return { day, roomId: columns[index]?.room.id ?? null, minute };
  }, [columns, columnWidth, day, hours, pxPerMinute]);

  // A file opened or the view shown again: scroll to the place asked for, once this day is drawn.
  const arrived = useViewPrefs((s) => s.arrived);
  useLayoutEffect(() => {
    const element = scroller.current;
    // Once the grid's width is known, so that scrolling there only writes (a read would force a layout).
    if (!goTo || !element || innerWidth === 0) return;
    if (goTo.day === day) {
      const index = Math.max(0, goTo.roomId ? roomIds.indexOf(goTo.roomId) : 0);
      const roomsWidth = innerWidth - GUTTER;
      // Revealed: left as it opens when the room is already in view, else first in view with what follows it.
      element.scrollLeft = goTo.reveal && (index + 1) * columnWidth <= roomsWidth ? 0 : index * columnWidth;
      element.scrollTop = Math.max(0, (goTo.minute - hours.start) * pxPerMinute);
    }
    arrived();
  }, [goTo, day, innerWidth]);
  // Another day shown: the same scroll means another place.
  useEffect(() => {
    if (!useViewPrefs.getState().goTo) rememberPlace(placeNow());
  }, [day]);

  useShowSelected(roomIds, columnWidth, scroller);
  const hourLines = [];
  for (let m = hours.start; m < hours.end; m += 60) hourLines.push(m);
  const height = (hours.end - hours.start) * pxPerMinute;

  return (
    <div
      className="tt-scroller"
      ref={scroller}
      role="region"
      aria-label={t('timetable:grid', { day: dayName(day) })}
      tabIndex={0}
      data-fit={fit || undefined}
      // Before the virtualisers redraw for the scroll (capture comes first): the offsets are read from a clean layout.
      onScrollCapture={() => rememberPlace(placeNow())}
    >
      <div className="tt-canvas" style={{ width: roomsInView.getTotalSize(), height: HEADER + height }}>
        <RoomHeaders columns={columns} left={GUTTER} width={columnWidth} height={HEADER} />
        <div className="tt-gutter" style={{ height: HEADER + height, width: GUTTER }} aria-hidden="true">
          {hourLines.map((m) => (
            <span key={m} className="tt-gutter__hour" style={{ top: HEADER + (m - hours.start) * pxPerMinute }}>{toTime(m)}</span>
          ))}
        </div>
        {columns.map(({ room }, index) => {
          const shown = inView.has(index);
          return (
            <RoomColumn
              key={room.id}
              room={room}
              cards={cards.get(room.id) ?? EMPTY}
              top={HEADER}
              left={GUTTER + index * columnWidth}
              width={columnWidth}
              from={shown ? from : hours.start}
              to={shown ? to : hours.start}
              slotsFrom={slots?.rooms.has(index) ? slots.from : hours.start}
              slotsTo={slots?.rooms.has(index) ? slots.to : hours.start}
            />
          );
        })}
      </div>
    </div>
  );
}

const EMPTY: never[] = [];

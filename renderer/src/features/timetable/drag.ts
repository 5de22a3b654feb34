/** The drag rules of the grid: what is under the pointer (or the keyboard's card), which slot it means, and the edits a drop makes. */
import type { Announcements, ClientRect, CollisionDetection, DragMoveEvent, KeyboardCoordinateGetter, Modifier } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import type { Project } from '../../../../shared/model/schema.ts';
import { toMinutes, toTime } from '../../../../shared/model/time.ts';
import { minuteAt, resizedDuration, type DayHours } from '../../../../shared/timetable/grid.ts';
import type { DropTarget } from './drop-edits.ts';
import { columnBodies, columnPlaces } from './grid-geometry.ts';

export interface DragData {
  readonly kind: 'session' | 'resize';
  readonly sessionId: string;
}

export const dragId = (kind: DragData['kind'], sessionId: string): string => `${kind}:${sessionId}`;
/**
 * What is dragged, read from its id: dnd-kit forgets a draggable's data when the grid stops drawing it (its room
 * scrolled far away during the drag), but never the active id.
 */
export function dragOf(id: string | number): DragData | null {
  const [kind, ...rest] = String(id).split(':');
  return kind === 'session' || kind === 'resize' ? { kind, sessionId: rest.join(':') } : null;
}
export const roomDropId = (roomId: string): string => `room:${roomId}`;
export const dayDropId = (day: string): string => `day:${day}`;
export const BACKLOG_DROP_ID = 'backlog';

const inside = (r: ClientRect, x: number, y: number): boolean => x >= r.left && x < r.right && y >= r.top && y < r.bottom;

/** The point that decides the target: the pointer, or (keyboard) the card's top-left corner. */
function probe(pointer: { x: number; y: number } | null, rect: ClientRect | null): { x: number; y: number } | null {
  if (pointer) return pointer;
  return rect ? { x: rect.left + 1, y: rect.top + 1 } : null;
}

/** Rects read once per drag (until something scrolls): reading them at every move would lay the page out each time. */
let geometry = new Map<string, DOMRect | null>();
/** Call when the grid changes under a drag (another day shown). */
export const forgetGeometry = () => {
  geometry = new Map();
};
function rectOf(selector: string): DOMRect | null {
  if (!geometry.has(selector)) geometry.set(selector, document.querySelector(selector)?.getBoundingClientRect() ?? null);
  return geometry.get(selector)!;
}

/** Call when a drag starts and ends: the cached rects live for one drag. */
export function trackGeometry(dragging: boolean): void {
  forgetGeometry();
  headingX = 0;
  if (dragging) {
    addEventListener('scroll', forgetGeometry, true);
    addEventListener('resize', forgetGeometry);
  } else {
    removeEventListener('scroll', forgetGeometry, true);
    removeEventListener('resize', forgetGeometry);
  }
}

/** The part of the page where the grid's columns can be seen: a column scrolled out of it takes no drop. */
function gridViewport(): DOMRect | null {
  return rectOf('.tt-scroller');
}

let lastProbe: { x: number; y: number } | null = null;
/** Which way the pointer last went sideways: -1 left, 1 right. */
let headingX = 0;

const THRESHOLD = { x: 0.12, y: 0.1 };

/**
 * Near an edge of the grid, it scrolls by itself, sideways as well as up and down, faster the deeper the pointer is in
 * the edge band (dnd-kit's speed is `acceleration` times that depth, every 5 ms). Only while the pointer is inside the
 * grid (past its edge, over the backlog, rooms would otherwise slide under the pointer), and sideways only towards the
 * edge the pointer heads for: a card brought from the backlog crosses the right band without scrolling the grid.
 */
export const autoScroll = {
  threshold: THRESHOLD,
  acceleration: 30,
  canScroll: (element: Element): boolean => {
    if (!element.classList.contains('tt-scroller')) return true;
    // Read afresh, not from the drag's cached rects: a stale rect would stop the very scroll that refreshes them.
    const grid = element.getBoundingClientRect();
    if (!lastProbe || !inside(grid, lastProbe.x, lastProbe.y)) return false;
    const band = grid.width * THRESHOLD.x;
    if (lastProbe.x > grid.right - band) return headingX >= 0;
    if (lastProbe.x < grid.left + band) return headingX <= 0;
    return true;
  },
};

/** One droppable at most: the one containing the probe point, a room column only where it shows. */
export const collideAtProbe: CollisionDetection = ({ droppableContainers, droppableRects, pointerCoordinates, collisionRect }) => {
  const point = probe(pointerCoordinates, collisionRect);
  if (point && lastProbe && point.x !== lastProbe.x) headingX = Math.sign(point.x - lastProbe.x);
  lastProbe = point;
  if (!point) return [];
  const viewport = gridViewport();
  const inGrid = !!viewport && inside(viewport, point.x, point.y);
  for (const container of droppableContainers) {
    const rect = droppableRects.get(container.id);
    if (!rect || !inside(rect, point.x, point.y)) continue;
    if (String(container.id).startsWith('room:') && !inGrid) continue;
    return [{ id: container.id, data: { droppableContainer: container, value: 0 } }];
  }
  return [];
};

/** The dragged copy's top-left follows the pointer, so a card lands where its top is shown. */
export const topLeftAtPointer: Modifier = ({ activatorEvent, draggingNodeRect, transform }) => {
  if (!draggingNodeRect || !activatorEvent || !('clientX' in activatorEvent)) return transform;
  const { clientX, clientY } = activatorEvent as PointerEvent;
  return { ...transform, x: transform.x + clientX - draggingNodeRect.left - 6, y: transform.y + clientY - draggingNodeRect.top - 2 };
};

const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

/**
 * Arrow keys: up and down by one snap step, left and right by one room among all the rooms shown (`rooms`, in order),
 * drawn or not: past the middle of the grid, dnd-kit's keyboard sensor scrolls the grid instead of moving the card,
 * so the next room slides under it. From the backlog, the first arrow enters the grid at the first room in view.
 */
export function keyboardCoordinates(stepPx: () => number, rooms: () => readonly string[]): KeyboardCoordinateGetter {
  return (event, { currentCoordinates }) => {
    if (!ARROWS.includes(event.code)) return undefined;
    event.preventDefault();
    const { x, y } = currentCoordinates;
    const viewport = gridViewport();
    if (!viewport) return undefined;
    const order = rooms();
    const places = columnPlaces(order);
    if (!places || !inside(viewport, x + 1, y + 1)) {
      const first = columnBodies().find(({ rect }) => rect.left >= viewport.left + 40 && rect.left < viewport.right - 20);
      return first ? { x: first.rect.left, y: first.rect.top } : undefined;
    }
    const { reference, width, leftOf } = places;
    // The room under the card follows from its x, even before the grid has drawn that room's column.
    const from = order.indexOf(reference.roomId);
    const at = Math.max(0, Math.min(order.length - 1, from + Math.floor((x + 1 - reference.rect.left) / width)));
    const clampY = (v: number) => Math.max(reference.rect.top, Math.min(reference.rect.bottom - stepPx(), v));
    const beside = (by: -1 | 1): number => leftOf(order[at + by] === undefined ? at : at + by);
    switch (event.code) {
      case 'ArrowDown':
        return { x, y: clampY(y + stepPx()) };
      case 'ArrowUp':
        return { x, y: clampY(y - stepPx()) };
      case 'ArrowRight':
        return { x: beside(1), y };
      default:
        return { x: beside(-1), y };
    }
  };
}

/** During a drag, Page Up and Page Down show the previous and next day: the card then lands on that day. */
export function dayStep(event: KeyboardEvent, days: readonly string[], day: string): string | null {
  const by = event.key === 'PageDown' ? 1 : event.key === 'PageUp' ? -1 : 0;
  if (!by) return null;
  return days[days.indexOf(day) + by] ?? null;
}

export interface GridContext {
  readonly project: Project;
  readonly hours: DayHours;
  readonly pxPerMinute: number;
  readonly snapMinutes: number;
  readonly day: string;
}

/** What a drop here would do, from dnd-kit's move event. */
export function targetOf(event: Pick<DragMoveEvent, 'active' | 'over' | 'delta' | 'activatorEvent'>, grid: GridContext): DropTarget | null {
  const data = dragOf(event.active.id);
  if (!data) return null;
  const session = grid.project.sessions.find((s) => s.id === data.sessionId);
  if (!session) return null;
  if (data.kind === 'resize') {
    const start = session.slot ? toMinutes(session.slot.start) : 0;
    return { type: 'resize', sessionId: session.id, duration: resizedDuration(session.durationMinutes, event.delta.y, grid.pxPerMinute, grid.snapMinutes, start) };
  }
  const overId = event.over ? String(event.over.id) : null;
  if (overId === BACKLOG_DROP_ID) return session.slot ? { type: 'backlog', sessionId: session.id } : null;
  if (overId?.startsWith('day:')) return session.slot ? { type: 'day', sessionId: session.id, day: overId.slice(4) } : null;
  if (!overId?.startsWith('room:')) return null;
  const roomId = overId.slice(5);
  const body = rectOf(`[data-column-body="${CSS.escape(roomId)}"]`);
  if (!body) return null;
  const activator = event.activatorEvent as PointerEvent | null;
  const pointer = activator && 'clientY' in activator ? { x: activator.clientX + event.delta.x, y: activator.clientY + event.delta.y } : null;
  const point = probe(pointer, event.active.rect.current.translated);
  if (!point) return null;
  const start = minuteAt(point.y - body.top, grid.hours, grid.pxPerMinute, grid.snapMinutes, session.durationMinutes);
  return { type: 'slot', sessionId: session.id, roomId, day: grid.day, start, duration: session.durationMinutes };
}

/** A target in words, for the screen reader and the preview: "Amphi A, 14 Oct, 10:30–11:30". */
export function describeTarget(t: TFunction, project: Project, target: DropTarget | null, dayName: (day: string) => string): string {
  if (!target) return t('timetable:a11y.nowhere');
  switch (target.type) {
    case 'slot': {
      const room = project.rooms.find((r) => r.id === target.roomId)?.name ?? target.roomId;
      return t('timetable:slot', { room, day: dayName(target.day), time: `${toTime(target.start)}–${toTime(target.start + target.duration)}` });
    }
    case 'day':
      return t('timetable:previewDay', { day: dayName(target.day) });
    case 'backlog':
      return t('timetable:previewBacklog');
    case 'resize':
      return t('timetable:snapMinutes', { count: target.duration });
  }
}

/** Screen-reader sentences in the active language; the target comes from the drag store, which knows the exact time. */
export function announcements(t: TFunction, titleOf: (id: string) => string, currentTarget: () => string): Announcements {
  const title = (id: string | number) => titleOf(String(id).replace(/^(session|resize):/, ''));
  // Says where the card is only when that changes, not at every pixel of a pointer drag.
  let last = '';
  let dragging = false;
  const over = (id: string | number): string | undefined => {
    const target = currentTarget();
    // dnd-kit may report one last hover after the drop: the drop's sentence must stay the last one heard.
    if (!dragging || target === last) return undefined;
    last = target;
    return t('timetable:a11y.over', { title: title(id), target });
  };
  return {
    onDragStart: ({ active }) => {
      last = '';
      dragging = true;
      return t('timetable:a11y.start', { title: title(active.id) });
    },
    onDragMove: ({ active }) => over(active.id),
    onDragOver: ({ active }) => over(active.id),
    onDragEnd: ({ active }) => {
      dragging = false;
      return t('timetable:a11y.dropped', { title: title(active.id), target: currentTarget() });
    },
    onDragCancel: ({ active }) => {
      dragging = false;
      return t('timetable:a11y.cancelled', { title: title(active.id) });
    },
  };
}

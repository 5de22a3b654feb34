/** The programme as placed sessions, and the blocks a room is set up for (a session with the talks inside it). */
import { ancestorsOf, parentsOf } from '../model/nesting.ts';
import type { Session } from '../model/schema.ts';
import { sessionSpan, toTime } from '../model/time.ts';
import type { ExportContext } from './context.ts';

export interface PlacedSession {
  readonly session: Session;
  readonly day: string;
  readonly roomId: string;
  /** Minutes since midnight, in the event's time zone (slots are wall-clock times of the event). */
  readonly start: number;
  readonly end: number;
}

/** A session that has the room to itself, with the sessions placed inside it (talks of a thematic session). */
export interface RoomBlock extends PlacedSession {
  readonly children: readonly PlacedSession[];
}

export const span = (placed: Pick<PlacedSession, 'start' | 'end'>): string => `${toTime(placed.start)}–${toTime(placed.end)}`;

/** Every session with a slot, sorted by day, start, then the room order of the project. */
export function placedSessions(ctx: ExportContext): PlacedSession[] {
  const roomOrder = new Map(ctx.project.rooms.map((room, i) => [room.id, i]));
  const placed: PlacedSession[] = [];
  for (const session of ctx.project.sessions) {
    const times = sessionSpan(session);
    if (!session.slot || !times) continue;
    placed.push({ session, day: session.slot.day, roomId: session.slot.roomId, ...times });
  }
  return placed.sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      a.start - b.start ||
      (roomOrder.get(a.roomId) ?? Infinity) - (roomOrder.get(b.roomId) ?? Infinity) ||
      b.end - a.end,
  );
}

/** Placed sessions grouped into room blocks: a child whose parent sits in the same room and day goes inside it. */
export function roomBlocks(ctx: ExportContext, placed: readonly PlacedSession[] = placedSessions(ctx)): RoomBlock[] {
  const where = new Map(placed.map((p) => [p.session.id, p]));
  const children = new Map<string, PlacedSession[]>();
  const blocks: PlacedSession[] = [];
  const sameRoom = (a: PlacedSession, b: PlacedSession) => a.day === b.day && a.roomId === b.roomId;
  const parentOf = parentsOf(ctx.project.sessions);
  for (const p of placed) {
    // The outermost of the sessions it is nested in that stay in its room and day.
    let outer: PlacedSession | undefined;
    for (const id of ancestorsOf(p.session.id, parentOf)) {
      const up = where.get(id);
      if (!up || !sameRoom(up, p)) break;
      outer = up;
    }
    if (outer) {
      const list = children.get(outer.session.id) ?? [];
      list.push(p);
      children.set(outer.session.id, list);
    } else {
      blocks.push(p);
    }
  }
  return blocks.map((b) => ({ ...b, children: children.get(b.session.id) ?? [] }));
}

/** The days of the event in order, including days that carry sessions but were not listed. */
export function scheduleDays(ctx: ExportContext, placed: readonly PlacedSession[]): string[] {
  const days = new Set(ctx.project.event.days.map((d) => d.date));
  for (const p of placed) days.add(p.day);
  return [...days].sort();
}

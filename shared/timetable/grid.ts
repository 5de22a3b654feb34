/** The shape of one day's grid: the hours it shows, where each card sits, which time a pointer means. */
import type { Project, Room, Session, Venue } from '../model/schema.ts';
import { ancestorsOf, parentsOf } from '../model/nesting.ts';
import { toMinutes } from '../model/time.ts';

/** Shown when no venue gives opening hours for the day. */
export const DEFAULT_HOURS = { start: 8 * 60, end: 20 * 60 } as const;

export interface DayHours {
  /** Minutes since midnight of the grid's first and last line. */
  readonly start: number;
  readonly end: number;
}

/** From the earliest opening to the latest closing of the venues on that day, widened to whole hours and to any session placed outside. */
export function dayHours(project: Project, day: string): DayHours {
  let start = Infinity;
  let end = -Infinity;
  for (const venue of project.venues) {
    for (const w of venue.openingHours) {
      if (w.day !== day) continue;
      start = Math.min(start, toMinutes(w.start));
      end = Math.max(end, toMinutes(w.end));
    }
  }
  if (start === Infinity) ({ start, end } = DEFAULT_HOURS);
  for (const s of project.sessions) {
    if (s.slot?.day !== day) continue;
    const from = toMinutes(s.slot.start);
    start = Math.min(start, from);
    end = Math.max(end, from + s.durationMinutes);
  }
  return { start: Math.floor(start / 60) * 60, end: Math.min(24 * 60, Math.ceil(end / 60) * 60) };
}

export interface VenueRooms {
  readonly venue: Venue | null;
  readonly rooms: readonly Room[];
}

/**
 * Rooms as columns grouped by venue, in the organiser's order (`order`: room ids; unknown ones follow in document
 * order), without the hidden ones.
 */
export function roomColumns(project: Project, order: readonly string[], hidden: ReadonlySet<string>): VenueRooms[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const rooms = project.rooms
    .map((room, i) => ({ room, i }))
    .filter(({ room }) => !hidden.has(room.id))
    .sort((a, b) => (rank.get(a.room.id) ?? order.length + a.i) - (rank.get(b.room.id) ?? order.length + b.i));
  const groups: VenueRooms[] = [];
  const venueOrder = [...project.venues.map((v) => v.id)];
  for (const venueId of venueOrder) {
    const inVenue = rooms.filter(({ room }) => room.venueId === venueId).map(({ room }) => room);
    if (inVenue.length) groups.push({ venue: project.venues.find((v) => v.id === venueId) ?? null, rooms: inVenue });
  }
  const orphans = rooms.filter(({ room }) => !venueOrder.includes(room.venueId)).map(({ room }) => room);
  if (orphans.length) groups.push({ venue: null, rooms: orphans });
  return groups;
}

export interface CardBox {
  readonly session: Session;
  /** Pixels from the top of the column. */
  readonly top: number;
  readonly height: number;
  /** How deep it is nested in another session of the same room (0: on its own), for the indent. */
  readonly depth: number;
  /** True when sessions are nested inside it here: the card then gives its width to them and keeps a title strip. */
  readonly nests: boolean;
}

/** Cards of each room on a day, positioned by time at `pxPerMinute`; nested sessions after (on top of) their parent. */
export function cardsByRoom(project: Project, day: string, hours: DayHours, pxPerMinute: number): Map<string, CardBox[]> {
  const byId = new Map(project.sessions.map((s) => [s.id, s]));
  const parentOf = parentsOf(project.sessions);
  const depthOf = (s: Session): number =>
    ancestorsOf(s.id, parentOf).filter((id) => {
      const p = byId.get(id);
      return p?.slot?.day === day && p.slot.roomId === s.slot?.roomId;
    }).length;
  const nesting = new Set<string>();
  for (const s of project.sessions) {
    const parent = s.parentId ? byId.get(s.parentId) : undefined;
    if (parent && s.slot?.day === day && parent.slot?.day === day && parent.slot.roomId === s.slot.roomId) nesting.add(parent.id);
  }
  const out = new Map<string, CardBox[]>();
  for (const session of project.sessions) {
    if (session.slot?.day !== day) continue;
    const start = toMinutes(session.slot.start);
    const box: CardBox = {
      session,
      top: (start - hours.start) * pxPerMinute,
      height: session.durationMinutes * pxPerMinute,
      depth: depthOf(session),
      nests: nesting.has(session.id),
    };
    const list = out.get(session.slot.roomId);
    if (list) list.push(box);
    else out.set(session.slot.roomId, [box]);
  }
  for (const list of out.values()) list.sort((a, b) => a.depth - b.depth || a.top - b.top);
  return out;
}

/** The start time a point in a column means: the snap step it falls in, kept inside the grid for the given duration. */
export function minuteAt(offsetPx: number, hours: DayHours, pxPerMinute: number, snapMinutes: number, durationMinutes: number): number {
  const raw = hours.start + offsetPx / pxPerMinute;
  const snapped = Math.floor(raw / snapMinutes) * snapMinutes;
  const latest = Math.max(hours.start, Math.min(hours.end, 24 * 60) - durationMinutes);
  return Math.max(hours.start, Math.min(latest, snapped));
}

/** A duration changed by dragging the lower edge by `deltaPx`, snapped, at least one step. */
export function resizedDuration(durationMinutes: number, deltaPx: number, pxPerMinute: number, snapMinutes: number, startMinute: number): number {
  const snapped = Math.round((durationMinutes + deltaPx / pxPerMinute) / snapMinutes) * snapMinutes;
  return Math.max(snapMinutes, Math.min(24 * 60 - startMinute, snapped));
}

/** The start time of every drop slot of a column (one per snap step). */
export function slotTimes(hours: DayHours, snapMinutes: number): number[] {
  const times: number[] = [];
  for (let m = hours.start; m < hours.end; m += snapMinutes) times.push(m);
  return times;
}

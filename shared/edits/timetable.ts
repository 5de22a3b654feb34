/** Edits of the timetable: place, move, resize and unschedule sessions; nested sessions follow their parent. */
import type { Draft } from 'immer';
import { timeString, type Project, type Session, type Slot } from '../model/schema.ts';
import { MINUTES_PER_DAY, toMinutes, toTime } from '../model/time.ts';
import { EditRejected, type EditHandlerMap } from './types.ts';

export const SNAP_STEPS = [5, 10, 15, 30] as const;
export type SnapMinutes = (typeof SNAP_STEPS)[number];

function findSession(draft: Draft<Project>, sessionId: string): Draft<Session> {
  const session = draft.sessions.find((s) => s.id === sessionId);
  if (!session) throw new EditRejected('timetable:rejected.unknownSession', { value: sessionId });
  return session;
}

/** Sessions nested in this one (its talks, and theirs), in document order. */
function childrenOf(draft: Draft<Project>, parentId: string): Draft<Session>[] {
  return draft.sessions.filter((s) => s.parentId === parentId);
}

function checkEnd(session: { title: string; durationMinutes: number }, start: number): void {
  if (start < 0 || start + session.durationMinutes > MINUTES_PER_DAY) {
    throw new EditRejected('timetable:rejected.outsideDay', { title: session.title, start: toTime(Math.max(0, start)), duration: session.durationMinutes });
  }
}

function checkSlot(draft: Draft<Project>, slot: Slot): void {
  if (!draft.rooms.some((r) => r.id === slot.roomId)) throw new EditRejected('timetable:rejected.unknownRoom', { value: slot.roomId });
  if (!draft.event.days.some((d) => d.date === slot.day)) throw new EditRejected('timetable:rejected.unknownDay', { value: slot.day });
  if (!timeString.safeParse(slot.start).success) throw new EditRejected('timetable:rejected.badTime', { value: slot.start });
}

/** Moves a placed session's nested sessions by the same offset, into the same room and day. */
function follow(draft: Draft<Project>, parentId: string, roomId: string, day: string, offset: number, seen: Set<string>): void {
  for (const child of childrenOf(draft, parentId)) {
    if (seen.has(child.id)) continue;
    seen.add(child.id);
    if (child.slot) {
      const start = toMinutes(child.slot.start) + offset;
      checkEnd(child, start);
      child.slot = { roomId, day, start: toTime(start) };
    }
    follow(draft, child.id, roomId, day, offset, seen);
  }
}

/** A parent placed from the backlog takes its unplaced nested sessions with it, one after the other from its start. */
function layOutChildren(draft: Draft<Project>, parent: Draft<Session>, seen: Set<string>): void {
  if (!parent.slot) return;
  const { roomId, day } = parent.slot;
  let cursor = toMinutes(parent.slot.start);
  for (const child of childrenOf(draft, parent.id)) {
    if (seen.has(child.id) || child.slot) continue;
    seen.add(child.id);
    checkEnd(child, cursor);
    child.slot = { roomId, day, start: toTime(cursor) };
    cursor += child.durationMinutes;
    layOutChildren(draft, child, seen);
  }
}

function unscheduleTree(draft: Draft<Project>, session: Draft<Session>, seen: Set<string>): void {
  if (seen.has(session.id)) return;
  seen.add(session.id);
  session.slot = null;
  for (const child of childrenOf(draft, session.id)) unscheduleTree(draft, child, seen);
}

export const timetableEdits = {
  /** Puts a session at a room, day and start time: from the backlog, or moved from another slot. */
  'session.place': (draft, { sessionId, slot }: { sessionId: string; slot: Slot }) => {
    const session = findSession(draft, sessionId);
    checkSlot(draft, slot);
    const start = toMinutes(slot.start);
    checkEnd(session, start);
    const before = session.slot;
    session.slot = { roomId: slot.roomId, day: slot.day, start: slot.start };
    const seen = new Set([session.id]);
    if (before) follow(draft, session.id, slot.roomId, slot.day, start - toMinutes(before.start), seen);
    else layOutChildren(draft, session, seen);
  },
  /** Sends a session (and the sessions nested in it) back to the backlog. */
  'session.unschedule': (draft, { sessionId }: { sessionId: string }) => {
    unscheduleTree(draft, findSession(draft, sessionId), new Set());
  },
  /** Changes how long a session lasts (dragging its lower edge). */
  'session.resize': (draft, { sessionId, durationMinutes }: { sessionId: string; durationMinutes: number }) => {
    const session = findSession(draft, sessionId);
    if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) {
      throw new EditRejected('timetable:invalid.durationMinutes', { value: String(durationMinutes) });
    }
    if (session.slot) checkEnd({ title: session.title, durationMinutes }, toMinutes(session.slot.start));
    session.durationMinutes = durationMinutes;
  },
  /** The grid's snapping step, saved with the project so every organiser drags alike. */
  'settings.snap': (draft, { snapMinutes }: { snapMinutes: SnapMinutes }) => {
    if (!SNAP_STEPS.includes(snapMinutes)) throw new EditRejected('timetable:rejected.badSnap', { value: String(snapMinutes) });
    draft.settings.snapMinutes = snapMinutes;
  },
} satisfies EditHandlerMap;

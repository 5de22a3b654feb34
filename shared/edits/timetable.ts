/** Edits of the timetable: place, move, resize and unschedule sessions; nested sessions follow their parent. */
import { current, type Draft } from 'immer';
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

function checkEnd(session: { title: string; durationMinutes: number }, start: number): void {
  if (start < 0 || start + session.durationMinutes > MINUTES_PER_DAY) {
    throw new EditRejected('timetable:rejected.outsideDay', { title: session.title, start: toTime(Math.max(0, start)), duration: session.durationMinutes });
  }
}

function checkSlot(project: Project, slot: Slot): void {
  if (!project.rooms.some((r) => r.id === slot.roomId)) throw new EditRejected('timetable:rejected.unknownRoom', { value: slot.roomId });
  if (!project.event.days.some((d) => d.date === slot.day)) throw new EditRejected('timetable:rejected.unknownDay', { value: slot.day });
  if (!timeString.safeParse(slot.start).success) throw new EditRejected('timetable:rejected.badTime', { value: slot.start });
}

/** The sessions nested in each session (its talks), in document order. */
function nestedIn(project: Project): Map<string, Session[]> {
  const children = new Map<string, Session[]>();
  for (const s of project.sessions) {
    if (s.parentId === null) continue;
    const list = children.get(s.parentId);
    if (list) list.push(s);
    else children.set(s.parentId, [s]);
  }
  return children;
}

/**
 * Where a session and the sessions nested in it land when it is placed at `slot`. Placed nested sessions keep their
 * offset from it; unplaced ones, when it comes from the backlog, follow one another from its start.
 */
function placement(project: Project, sessionId: string, slot: Slot): Map<string, Slot> {
  const session = project.sessions.find((s) => s.id === sessionId);
  if (!session) throw new EditRejected('timetable:rejected.unknownSession', { value: sessionId });
  checkSlot(project, slot);
  const start = toMinutes(slot.start);
  checkEnd(session, start);
  const { roomId, day } = slot;
  const children = nestedIn(project);
  const moved = new Map<string, Slot>([[session.id, { roomId, day, start: slot.start }]]);
  const seen = new Set([session.id]);
  const follow = (parentId: string, offset: number): void => {
    for (const child of children.get(parentId) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      if (child.slot) {
        const childStart = toMinutes(child.slot.start) + offset;
        checkEnd(child, childStart);
        moved.set(child.id, { roomId, day, start: toTime(childStart) });
      }
      follow(child.id, offset);
    }
  };
  const layOut = (parentId: string, parentStart: number): void => {
    let cursor = parentStart;
    for (const child of children.get(parentId) ?? []) {
      if (seen.has(child.id) || child.slot) continue;
      seen.add(child.id);
      checkEnd(child, cursor);
      moved.set(child.id, { roomId, day, start: toTime(cursor) });
      layOut(child.id, cursor);
      cursor += child.durationMinutes;
    }
  };
  if (session.slot) follow(session.id, start - toMinutes(session.slot.start));
  else layOut(session.id, start);
  return moved;
}

/** Sessions nested in this one (its talks), in document order. */
function childrenOf(draft: Draft<Project>, parentId: string): Draft<Session>[] {
  return draft.sessions.filter((s) => s.parentId === parentId);
}

function unscheduleTree(draft: Draft<Project>, session: Draft<Session>, seen: Set<string>): void {
  if (seen.has(session.id)) return;
  seen.add(session.id);
  session.slot = null;
  for (const child of childrenOf(draft, session.id)) unscheduleTree(draft, child, seen);
}

export const timetableEdits = {
  /** Puts a session at a room, day and start time: from the backlog, or moved from another slot. */
  'sessions/place': (draft, { sessionId, slot }: { sessionId: string; slot: Slot }) => {
    // Worked out on plain objects: the drop preview applies this edit at every step of a drag over large events.
    const before = current(draft);
    const moved = placement(before, sessionId, slot);
    before.sessions.forEach((s, i) => {
      const to = moved.get(s.id);
      if (to) draft.sessions[i]!.slot = to;
    });
  },
  /** Sends a session (and the sessions nested in it) back to the backlog. */
  'sessions/unschedule': (draft, { sessionId }: { sessionId: string }) => {
    unscheduleTree(draft, findSession(draft, sessionId), new Set());
  },
  /** Changes how long a session lasts (dragging its lower edge). */
  'sessions/resize': (draft, { sessionId, durationMinutes }: { sessionId: string; durationMinutes: number }) => {
    const session = findSession(draft, sessionId);
    if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) {
      throw new EditRejected('timetable:invalid.durationMinutes', { value: String(durationMinutes) });
    }
    if (session.slot) checkEnd({ title: session.title, durationMinutes }, toMinutes(session.slot.start));
    session.durationMinutes = durationMinutes;
  },
  /** The grid's snapping step, saved with the project so every organiser drags alike. */
  'settings/snap': (draft, { snapMinutes }: { snapMinutes: SnapMinutes }) => {
    if (!SNAP_STEPS.includes(snapMinutes)) throw new EditRejected('timetable:rejected.badSnap', { value: String(snapMinutes) });
    draft.settings.snapMinutes = snapMinutes;
  },
} satisfies EditHandlerMap;

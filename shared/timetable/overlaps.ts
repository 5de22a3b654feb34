/** Immediate feedback: which sessions share a room at the same time (nesting in one another is not a clash). */
import type { Project, Session, Slot } from '../model/schema.ts';
import { overlaps, toMinutes } from '../model/time.ts';

/** True when one of the two sessions is nested (at any depth) in the other. */
function nested(byId: ReadonlyMap<string, Session>, a: Session, b: Session): boolean {
  const isAncestor = (from: Session, target: string): boolean => {
    const seen = new Set<string>();
    for (let p = from.parentId; p !== null && !seen.has(p); p = byId.get(p)?.parentId ?? null) {
      if (p === target) return true;
      seen.add(p);
    }
    return false;
  };
  return isAncestor(a, b.id) || isAncestor(b, a.id);
}

interface Placed {
  readonly session: Session;
  readonly start: number;
  readonly end: number;
}

/** For each session that overlaps another in its room, the ids of those it overlaps. One sweep per room and day. */
export function roomOverlaps(project: Project): Map<string, string[]> {
  const byId = new Map(project.sessions.map((s) => [s.id, s]));
  const groups = new Map<string, Placed[]>();
  for (const session of project.sessions) {
    if (!session.slot) continue;
    const key = `${session.slot.day}\u0000${session.slot.roomId}`;
    const start = toMinutes(session.slot.start);
    const entry = { session, start, end: start + session.durationMinutes };
    const list = groups.get(key);
    if (list) list.push(entry);
    else groups.set(key, [entry]);
  }
  const result = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = result.get(a);
    if (list) list.push(b);
    else result.set(a, [b]);
  };
  for (const list of groups.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 0; i < list.length; i += 1) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length && list[j]!.start < a.end; j += 1) {
        const b = list[j]!;
        if (nested(byId, a.session, b.session)) continue;
        add(a.session.id, b.session.id);
        add(b.session.id, a.session.id);
      }
    }
  }
  return result;
}

/** The sessions a session would overlap if it were placed at `slot` (itself and those nested with it excluded). */
export function overlapsAt(project: Project, sessionId: string, slot: Slot, durationMinutes: number): Session[] {
  const start = toMinutes(slot.start);
  const end = start + durationMinutes;
  // Called at every step of a drag: the cheap tests first, the nesting walk only for real candidates.
  const candidates = project.sessions.filter((other) => {
    if (other.id === sessionId || !other.slot || other.slot.day !== slot.day || other.slot.roomId !== slot.roomId) return false;
    const from = toMinutes(other.slot.start);
    return overlaps(start, end, from, from + other.durationMinutes);
  });
  if (!candidates.length) return candidates;
  const byId = new Map(project.sessions.map((s) => [s.id, s]));
  const moving = byId.get(sessionId);
  return moving ? candidates.filter((other) => !nested(byId, moving, other)) : [];
}

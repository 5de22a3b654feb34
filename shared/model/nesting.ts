/** Which session is nested in which (a talk in its thematic session): one walk up the parents for rules, grid and edits. */

/** The parent of a session (null or undefined when it has none, or is unknown). */
export type ParentOf = (sessionId: string) => string | null | undefined;

/** A parent lookup over a list of sessions. */
export function parentsOf(sessions: readonly { readonly id: string; readonly parentId: string | null }[]): ParentOf {
  const parents = new Map(sessions.map((s) => [s.id, s.parentId]));
  return (sessionId) => parents.get(sessionId);
}

/** The sessions this one is nested in, nearest first. A damaged file may hold a cycle of parents: the walk stops there. */
export function ancestorsOf(sessionId: string, parentOf: ParentOf): string[] {
  const chain: string[] = [];
  const seen = new Set([sessionId]);
  for (let up = parentOf(sessionId); up != null && !seen.has(up); up = parentOf(up)) {
    seen.add(up);
    chain.push(up);
  }
  return chain;
}

/** True when `sessionId` is inside `ancestorId`, at any depth (a session is never inside itself, even in a cycle). */
export function isInside(sessionId: string, ancestorId: string, parentOf: ParentOf): boolean {
  if (ancestorId === sessionId) return false;
  const up = parentOf(sessionId);
  // Most sessions have no parent or one: the whole walk (and its set) only for deeper nesting.
  if (up == null || up === ancestorId) return up === ancestorId;
  return ancestorsOf(sessionId, parentOf).includes(ancestorId);
}

/** True when one of two sessions is inside the other, or they are the same: then they share their room, not clash in it. */
export const nestedTogether = (a: string, b: string, parentOf: ParentOf): boolean =>
  a === b || isInside(a, b, parentOf) || isInside(b, a, parentOf);

/**
 * The incremental checker: built once from a project, then told each next project. When only sessions changed,
 * it re-checks the sessions that changed (and those nested in them) against the indexes, and keeps the rest:
 * the result is the same as a full check.
 */
import type { Project, Session } from '../model/schema.ts';
import { RULES } from './catalogue.ts';
import { addSession, buildLookups, buildStaticLookups, removeSession, sameStatic, type MutableLookups, type Lookups, type StaticLookups } from './lookups.ts';
import { settingsApplier } from './settings.ts';
import type { Conflict, Finding } from './types.ts';

const SESSION_RULES = RULES.filter((r) => r.checkSession);
const PROJECT_RULES = RULES.filter((r) => r.checkProject);

export interface ConflictChecker {
  readonly project: Project;
  readonly conflicts: readonly Conflict[];
  /** Checks the next project; `touched` (ids of sessions an edit changed) spares the comparison of every session. */
  update(next: Project, touched?: Iterable<string>): readonly Conflict[];
  /** Whether update(next) checks everything again (people, rooms or the event changed), not only the sessions that changed. */
  checksAll(next: Project): boolean;
}

export function createConflictChecker(initial: Project): ConflictChecker {
  const steps = conflictCheckerInSteps(initial);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same checker, its first full check done a step at a time (indexes, a few sessions, one project rule): a window
 * can paint and answer between two steps of a check that takes it a tenth of a second on a large event.
 */
export function* conflictCheckerInSteps(initial: Project): Generator<void, ConflictChecker, void> {
  let project = initial;
  let statics: StaticLookups = buildStaticLookups(initial);
  yield;
  let lookups: MutableLookups = buildLookups(initial, statics);
  yield;
  const findings = new Map<string, Finding>();
  /** Session id → keys of the findings that depend on it; made at the first update, a full check never needs it. */
  let bySession: Map<string, Set<string>> | null = null;
  let projectKeys: string[] = [];

  const index = (f: Finding): void => {
    for (const dep of f.deps) {
      let keys = bySession!.get(dep);
      if (!keys) bySession!.set(dep, (keys = new Set()));
      keys.add(f.key);
    }
  };
  const add = (f: Finding): void => {
    findings.set(f.key, f);
    if (bySession) index(f);
  };
  const remove = (key: string): void => {
    const f = findings.get(key);
    if (!f) return;
    findings.delete(key);
    for (const dep of f.deps) bySession?.get(dep)?.delete(key);
  };
  const dependents = (): Map<string, Set<string>> => {
    if (!bySession) {
      bySession = new Map();
      for (const f of findings.values()) index(f);
    }
    return bySession;
  };
  const checkSession = (sessionId: string): void => {
    for (const rule of SESSION_RULES) rule.checkSession!(sessionId, lookups, add);
  };
  const emitForProject = (f: Finding): void => {
    projectKeys.push(f.key);
    add(f);
  };
  const checkProject = (): void => {
    for (const key of projectKeys) remove(key);
    projectKeys = [];
    for (const rule of PROJECT_RULES) rule.checkProject!(lookups, project, emitForProject);
  };
  const checkAll = (): void => {
    findings.clear();
    bySession = null;
    projectKeys = [];
    for (const session of project.sessions) checkSession(session.id);
    checkProject();
  };

  // One session per step: a session with a large audience can take a millisecond, and a slice stops at its deadline.
  for (const session of project.sessions) {
    checkSession(session.id);
    yield;
  }
  for (const rule of PROJECT_RULES) {
    rule.checkProject!(lookups, project, emitForProject);
    yield;
  }
  const applySettings = settingsApplier();
  let conflicts: readonly Conflict[] = applySettings(findings.values(), project.settings);

  return {
    get project() {
      return project;
    },
    get conflicts() {
      return conflicts;
    },
    checksAll(next) {
      return !sameStatic(project, next);
    },
    update(next, touched) {
      if (next === project) return conflicts;
      const before = project;
      const sessionsChanged = next.sessions !== project.sessions;
      const staticChanged = !sameStatic(project, next);
      project = next;
      if (staticChanged) {
        statics = buildStaticLookups(next);
        lookups = buildLookups(next, statics);
        checkAll();
      } else if (sessionsChanged) {
        const inPlace = touched ? null : changedInPlace(lookups, before.sessions, next.sessions);
        const nextById = inPlace ?? new Map(next.sessions.map((session) => [session.id, session]));
        const changed = touched ? new Set(touched) : inPlace ? new Set(inPlace.keys()) : changedSessions(lookups, nextById);
        // Nested sessions of a changed one are re-checked too, under its old and (below) its new parentage.
        withNested(changed, lookups);
        // Those nested ones did not change themselves: they are indexed again as they are.
        if (inPlace) for (const id of changed) if (!inPlace.has(id)) inPlace.set(id, lookups.sessions.get(id)!);
        for (const id of [...changed]) removeSession(lookups, id);
        for (const id of changed) {
          const session = nextById.get(id);
          if (session) addSession(lookups, session);
        }
        withNested(changed, lookups);
        const depending = dependents();
        for (const id of changed) for (const key of [...(depending.get(id) ?? [])]) remove(key);
        for (const id of changed) if (lookups.sessions.has(id)) checkSession(id);
        if ([...changed].some((id) => statics.toursBySession.has(id))) checkProject();
      }
      conflicts = applySettings(findings.values(), next.settings);
      return conflicts;
    },
  };
}

/**
 * The sessions an edit replaced, when it kept every session in its place (a move, a retitle): found by comparing
 * objects position by position, without a map of every session. Null when sessions were added, removed or reordered.
 */
function changedInPlace(lookups: Lookups, before: readonly Session[], next: readonly Session[]): Map<string, Session> | null {
  if (before.length !== next.length) return null;
  const changed = new Map<string, Session>();
  for (let i = 0; i < next.length; i++) {
    const session = next[i]!;
    const old = before[i]!;
    if (session === old) continue;
    // The one indexed under an id is its last occurrence: a repeated id takes the slow, exact path.
    if (session.id !== old.id || lookups.sessions.get(old.id) !== old) return null;
    changed.set(session.id, session);
  }
  return changed;
}

/** Ids of sessions added, removed or changed (immer keeps unchanged sessions as the same objects). */
function changedSessions(lookups: Lookups, next: ReadonlyMap<string, Session>): Set<string> {
  const changed = new Set<string>();
  for (const [id, session] of next) if (lookups.sessions.get(id) !== session) changed.add(id);
  for (const id of lookups.sessions.keys()) if (!next.has(id)) changed.add(id);
  return changed;
}

/** Adds the sessions nested (at any depth) in the given ones: their room, time and theme depend on them. */
function withNested(ids: Set<string>, lookups: Lookups): void {
  const queue = [...ids];
  while (queue.length > 0) {
    for (const child of lookups.children.get(queue.pop()!) ?? []) {
      if (ids.has(child)) continue;
      ids.add(child);
      queue.push(child);
    }
  }
}

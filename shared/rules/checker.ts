/**
 * The incremental checker: built once from a project, then told each next project. When only sessions changed,
 * it re-checks the sessions that changed (and those nested in them) against the indexes, and keeps the rest:
 * the result is the same as a full check.
 */
import type { Project, Session } from '../model/schema.ts';
import { RULES } from './catalogue.ts';
import { addSession, buildPlan, buildStaticIndex, removeSession, sameStatic, type MutablePlan, type PlanIndex, type StaticIndex } from './plan.ts';
import { applySettings } from './settings.ts';
import type { Conflict, Finding } from './types.ts';

const SESSION_RULES = RULES.filter((r) => r.checkSession);
const PROJECT_RULES = RULES.filter((r) => r.checkProject);

export interface ConflictChecker {
  readonly project: Project;
  readonly conflicts: readonly Conflict[];
  /** Checks the next project; `touched` (ids of sessions an edit changed) spares the comparison of every session. */
  update(next: Project, touched?: Iterable<string>): readonly Conflict[];
}

export function createConflictChecker(initial: Project): ConflictChecker {
  let project = initial;
  let statics: StaticIndex = buildStaticIndex(initial);
  let plan: MutablePlan = buildPlan(initial, statics);
  const findings = new Map<string, Finding>();
  /** Session id → keys of the findings that depend on it. */
  const bySession = new Map<string, Set<string>>();
  let projectKeys: string[] = [];

  const add = (f: Finding): void => {
    findings.set(f.key, f);
    for (const dep of f.deps) {
      let keys = bySession.get(dep);
      if (!keys) bySession.set(dep, (keys = new Set()));
      keys.add(f.key);
    }
  };
  const remove = (key: string): void => {
    const f = findings.get(key);
    if (!f) return;
    findings.delete(key);
    for (const dep of f.deps) bySession.get(dep)?.delete(key);
  };
  const checkSession = (sessionId: string): void => {
    for (const rule of SESSION_RULES) rule.checkSession!(sessionId, plan, add);
  };
  const checkProject = (): void => {
    for (const key of projectKeys) remove(key);
    projectKeys = [];
    const emit = (f: Finding): void => {
      projectKeys.push(f.key);
      add(f);
    };
    for (const rule of PROJECT_RULES) rule.checkProject!(plan, project, emit);
  };
  const checkAll = (): void => {
    findings.clear();
    bySession.clear();
    projectKeys = [];
    for (const session of project.sessions) checkSession(session.id);
    checkProject();
  };

  checkAll();
  let conflicts: readonly Conflict[] = applySettings(findings.values(), project.settings);

  return {
    get project() {
      return project;
    },
    get conflicts() {
      return conflicts;
    },
    update(next, touched) {
      if (next === project) return conflicts;
      const sessionsChanged = next.sessions !== project.sessions;
      const staticChanged = !sameStatic(project, next);
      project = next;
      if (staticChanged) {
        statics = buildStaticIndex(next);
        plan = buildPlan(next, statics);
        checkAll();
      } else if (sessionsChanged) {
        const nextById = new Map(next.sessions.map((session) => [session.id, session]));
        const changed = touched ? new Set(touched) : changedSessions(plan, nextById);
        // Nested sessions of a changed one are re-checked too, under its old and (below) its new parentage.
        withNested(changed, plan);
        for (const id of [...changed]) removeSession(plan, id);
        for (const id of changed) {
          const session = nextById.get(id);
          if (session) addSession(plan, session);
        }
        withNested(changed, plan);
        for (const id of changed) for (const key of [...(bySession.get(id) ?? [])]) remove(key);
        for (const id of changed) if (plan.sessions.has(id)) checkSession(id);
        checkProject();
      }
      conflicts = applySettings(findings.values(), next.settings);
      return conflicts;
    },
  };
}

/** Ids of sessions added, removed or changed (immer keeps unchanged sessions as the same objects). */
function changedSessions(plan: PlanIndex, next: ReadonlyMap<string, Session>): Set<string> {
  const changed = new Set<string>();
  for (const [id, session] of next) if (plan.sessions.get(id) !== session) changed.add(id);
  for (const id of plan.sessions.keys()) if (!next.has(id)) changed.add(id);
  return changed;
}

/** Adds the sessions nested (at any depth) in the given ones: their room, time and theme depend on them. */
function withNested(ids: Set<string>, plan: PlanIndex): void {
  const queue = [...ids];
  while (queue.length > 0) {
    for (const child of plan.children.get(queue.pop()!) ?? []) {
      if (ids.has(child)) continue;
      ids.add(child);
      queue.push(child);
    }
  }
}

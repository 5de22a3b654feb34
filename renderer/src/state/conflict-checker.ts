/** One open project's conflicts, checked incrementally: the project store starts a new one each time a project loads. */
import type { Project } from '../../../shared/model/schema.ts';
import { conflictCheckerInSteps, conflictsByItem, createConflictChecker, type Conflict, type ConflictChecker } from '../../../shared/rules/index.ts';

export interface ProjectConflicts {
  /** Conflicts of this project or of a later version of it; after an edit only what the edit touched is re-checked. */
  of(project: Project): readonly Conflict[];
  /**
   * The same check a step at a time when it is a full one (a first check, a new list of people): each step is a
   * few milliseconds of the window's time. An edit's check of the sessions it changed is one step. Stops early when
   * `of` checked the project meanwhile.
   */
  inSteps(project: Project): Generator<void, void, void>;
  /** "session:<id>" → its conflicts, computed once per result. */
  byItem(conflicts: readonly Conflict[]): ReadonlyMap<string, Conflict[]>;
}

export function projectConflicts(): ProjectConflicts {
  let checker: ConflictChecker | null = null;
  const byProject = new WeakMap<Project, readonly Conflict[]>();
  const byItem = new WeakMap<readonly Conflict[], Map<string, Conflict[]>>();
  const of = (project: Project): readonly Conflict[] => {
    const known = byProject.get(project);
    if (known) return known;
    if (checker) checker.update(project);
    else checker = createConflictChecker(project);
    byProject.set(project, checker.conflicts);
    return checker.conflicts;
  };
  return {
    of,
    *inSteps(project) {
      if (byProject.has(project)) return;
      if (checker && !checker.checksAll(project)) {
        of(project);
        return;
      }
      // The first step of a full check does nothing: whoever drives it sees it is one before it costs anything.
      yield;
      const before = checker;
      const steps = conflictCheckerInSteps(project);
      for (let step = steps.next(); !byProject.has(project); step = steps.next()) {
        if (step.done) {
          // A later version checked at once meanwhile keeps its checker: the next edit starts from it.
          if (checker === before) checker = step.value;
          byProject.set(project, step.value.conflicts);
          return;
        }
        yield;
      }
    },
    byItem(conflicts) {
      let map = byItem.get(conflicts);
      if (!map) byItem.set(conflicts, (map = conflictsByItem(conflicts)));
      return map;
    },
  };
}

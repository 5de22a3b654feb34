/** One open project's conflicts, checked incrementally: the project store starts a new one each time a project loads. */
import type { Project } from '../../../shared/model/schema.ts';
import { conflictsByItem, createConflictChecker, type Conflict, type ConflictChecker } from '../../../shared/rules/index.ts';

export interface ProjectConflicts {
  /** Conflicts of this project or of a later version of it; after an edit only what the edit touched is re-checked. */
  of(project: Project): readonly Conflict[];
  /** "session:<id>" → its conflicts, computed once per result. */
  byItem(conflicts: readonly Conflict[]): ReadonlyMap<string, Conflict[]>;
}

export function projectConflicts(): ProjectConflicts {
  let checker: ConflictChecker | null = null;
  const byProject = new WeakMap<Project, readonly Conflict[]>();
  const byItem = new WeakMap<readonly Conflict[], Map<string, Conflict[]>>();
  return {
    of(project) {
      const known = byProject.get(project);
      if (known) return known;
      if (checker) checker.update(project);
      else checker = createConflictChecker(project);
      byProject.set(project, checker.conflicts);
      return checker.conflicts;
    },
    byItem(conflicts) {
      let map = byItem.get(conflicts);
      if (!map) byItem.set(conflicts, (map = conflictsByItem(conflicts)));
      return map;
    },
  };
}

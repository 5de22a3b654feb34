/** The open project's conflicts, derived (never stored): one incremental checker follows the project as it changes. */
import { useMemo } from 'react';
import { applyEdits, EditRejected, type Edit } from '../../../../shared/edits/index.ts';
import type { Project } from '../../../../shared/model/schema.ts';
import { conflictsByItem, countBySeverity, createConflictChecker, type Conflict, type ConflictChecker, type SeverityCounts } from '../../../../shared/rules/index.ts';
import { useProjectStore } from '../../state/store.ts';

let checker: ConflictChecker | null = null;
const byProject = new WeakMap<Project, readonly Conflict[]>();
const byItem = new WeakMap<readonly Conflict[], Map<string, Conflict[]>>();
const EMPTY: readonly Conflict[] = [];

/** Conflicts of a project; after an edit only what the edit touched is re-checked. */
function conflictsOf(project: Project): readonly Conflict[] {
  const known = byProject.get(project);
  if (known) return known;
  if (checker) checker.update(project);
  else checker = createConflictChecker(project);
  byProject.set(project, checker.conflicts);
  return checker.conflicts;
}

/**
 * The conflicts the project would have after these edits (null when they would be refused): a drop preview reads
 * the same checker as the grid and the Problems panel, so it says what the drop will give.
 */
export function conflictsAfter(project: Project, edits: readonly Edit[]): readonly Conflict[] | null {
  try {
    return conflictsOf(applyEdits(project, edits).project);
  } catch (error) {
    if (error instanceof EditRejected) return null;
    throw error;
  }
}

/** "session:<id>" → its conflicts, computed once per result. */
function conflictsByItemOf(conflicts: readonly Conflict[]): Map<string, Conflict[]> {
  let map = byItem.get(conflicts);
  if (!map) byItem.set(conflicts, (map = conflictsByItem(conflicts)));
  return map;
}

export function useConflicts(): readonly Conflict[] {
  const project = useProjectStore((s) => s.project);
  return useMemo(() => (project ? conflictsOf(project) : EMPTY), [project]);
}

/** The conflicts a session card should show (the same empty list when it has none, so cards do not re-render). */
export function useItemConflicts(sessionId: string): readonly Conflict[] {
  return useProjectStore((s) => (s.project ? conflictsByItemOf(conflictsOf(s.project)).get(`session:${sessionId}`) ?? EMPTY : EMPTY));
}

export function useConflictCounts(): SeverityCounts {
  const conflicts = useConflicts();
  return useMemo(() => countBySeverity(conflicts), [conflicts]);
}

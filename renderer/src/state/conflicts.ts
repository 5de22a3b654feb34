/** The open project's conflicts, derived (never stored): read from the checker the project store owns. */
import { useMemo } from 'react';
import { applyEdits, EditRejected, type Edit } from '../../../shared/edits/index.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { countBySeverity, type Conflict, type SeverityCounts } from '../../../shared/rules/index.ts';
import { useProjectStore } from './store.ts';

const EMPTY: readonly Conflict[] = [];

/**
 * The conflicts the project would have after these edits (null when they would be refused): a drop preview reads
 * the same checker as the grid and the Problems panel, so it says what the drop will give.
 */
export function conflictsAfter(project: Project, edits: readonly Edit[]): readonly Conflict[] | null {
  try {
    return useProjectStore.getState().conflicts.of(applyEdits(project, edits).project);
  } catch (error) {
    if (error instanceof EditRejected) return null;
    throw error;
  }
}

export function useConflicts(): readonly Conflict[] {
  const project = useProjectStore((s) => s.project);
  const conflicts = useProjectStore((s) => s.conflicts);
  return useMemo(() => (project ? conflicts.of(project) : EMPTY), [project, conflicts]);
}

/** The conflicts a session card should show (the same empty list when it has none, so cards do not re-render). */
export function useItemConflicts(sessionId: string): readonly Conflict[] {
  return useProjectStore((s) => (s.project ? s.conflicts.byItem(s.conflicts.of(s.project)).get(`session:${sessionId}`) ?? EMPTY : EMPTY));
}

export function useConflictCounts(): SeverityCounts {
  const conflicts = useConflicts();
  return useMemo(() => countBySeverity(conflicts), [conflicts]);
}

/** The open project's conflicts, derived (never stored): read from the checker the project store owns. */
import { useEffect, useMemo } from 'react';
import { applyEdits, EditRejected, type Edit } from '../../../shared/edits/index.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { countBySeverity, type Conflict, type SeverityCounts } from '../../../shared/rules/index.ts';
import { inIdleSlices } from './idle-slices.ts';
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

/**
 * The conflicts a session card should show (the same empty list when it has none, so cards do not re-render); none
 * until the loaded project's first check is done, so that the cards paint first.
 */
export function useItemConflicts(sessionId: string): readonly Conflict[] {
  return useProjectStore((s) =>
    s.project && s.conflictsChecked ? s.conflicts.byItem(s.conflicts.of(s.project)).get(`session:${sessionId}`) ?? EMPTY : EMPTY,
  );
}

/** Counts per severity, or null while the loaded project's first check has not run (never a wrong 0). */
export function useConflictCounts(): SeverityCounts | null {
  const checked = useProjectStore((s) => s.conflictsChecked);
  const project = useProjectStore((s) => s.project);
  const conflicts = useProjectStore((s) => s.conflicts);
  return useMemo(() => (checked && project ? countBySeverity(conflicts.of(project)) : null), [checked, project, conflicts]);
}

/**
 * The loaded project's first full check, and an edit's too long to be done with it (a new list of people), after its
 * paint, a slice at a time while the window is idle: input, a scroll and a drag come first.
 */
export function useCheckAfterPaint(): void {
  const checked = useProjectStore((s) => s.conflictsChecked);
  const conflicts = useProjectStore((s) => s.conflicts);
  useEffect(() => {
    if (checked) return;
    let slices: { stop: () => boolean } | undefined;
    const frame = requestAnimationFrame(() => {
      slices = inIdleSlices((until) => useProjectStore.getState().checkConflicts(until - performance.now()), SLICE_MS, IDLE_WAIT_MS);
    });
    return () => {
      cancelAnimationFrame(frame);
      slices?.stop();
    };
  }, [checked, conflicts]);
}

/** A window kept busy (a drag, a scroll) still gets a slice of the check this often. */
const IDLE_WAIT_MS = 500;
/** The window's time one slice of the check takes, at most about: input and paint come between two. */
const SLICE_MS = 4;

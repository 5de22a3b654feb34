/**
 * A project read from a file is plain, unfrozen data, and immer freezes every part of it at the first edit: on the large
 * event that first edit (an import, a drag) held the window a few tens of milliseconds more. The open project is
 * frozen here instead, a part at a time, once its first check is done.
 */
import { freeze } from 'immer';
import { useEffect } from 'react';
import type { Project } from '../../../shared/model/schema.ts';
import { inIdleSlices, stepUntil } from './idle-slices.ts';
import { useProjectStore } from './store.ts';

/** Items of a list frozen per step: well under a millisecond. */
const ITEMS_PER_STEP = 500;
/** The window's time one slice takes, at most about. */
const SLICE_MS = 4;
/** A window kept busy still gets a slice this often. */
const IDLE_WAIT_MS = 500;

/** Freezes every part of the project (not the project itself, which the store replaces at each edit), a step at a time. */
export function* freezeInSteps(project: Project): Generator<void, void, void> {
  for (const part of Object.values(project) as unknown[]) {
    if (Array.isArray(part)) {
      for (let from = 0; from < part.length; from += ITEMS_PER_STEP) {
        for (const item of part.slice(from, from + ITEMS_PER_STEP)) freeze(item, true);
        yield;
      }
    }
    freeze(part, true);
    yield;
  }
}

/** Once per project loaded, after its first check: its parts frozen a slice at a time, the window answering between two. */
export function useFreezeAfterCheck(): void {
  const checked = useProjectStore((s) => s.conflictsChecked);
  const opening = useProjectStore((s) => s.openings);
  useEffect(() => {
    const project = useProjectStore.getState().project;
    if (!checked || !project || frozenOpening === opening) return;
    frozenOpening = opening;
    const steps = freezeInSteps(project);
    const slices = inIdleSlices((until) => stepUntil(steps, until), SLICE_MS, IDLE_WAIT_MS);
    return () => {
      // Stopped half-way (an edit to check first): it starts again after that check, skipping what is frozen already.
      if (slices.stop() && frozenOpening === opening) frozenOpening = -1;
    };
  }, [checked, opening]);
}

/** The opening whose project was frozen (or is being frozen): a project is frozen once. */
let frozenOpening = -1;

/** Undo/redo as inverse patches, one step per gesture; loading a file starts a fresh history. */
import { applyPatches, type Patch } from 'immer';
import type { Project } from '../model/schema.ts';
import { applyEdits, type Edit } from './index.ts';

export interface HistoryStep {
  /** Unique within a history, so the saved position is recognised exactly after undo and new edits. */
  readonly id: number;
  /** i18n key of what the step did, for the undo button's tooltip ("Move “Keynote”"). */
  readonly label: string;
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
}

export interface History {
  readonly past: readonly HistoryStep[];
  readonly future: readonly HistoryStep[];
  readonly nextId: number;
  /** Id of the last step when the file was saved or opened (0: before any step). */
  readonly savedId: number;
}

export const HISTORY_LIMIT = 500;

export const emptyHistory = (): History => ({ past: [], future: [], nextId: 1, savedId: 0 });

export interface Performed {
  readonly project: Project;
  readonly history: History;
}

/** Applies a gesture's edits as one undoable step. An empty change adds no step. */
export function perform(project: Project, history: History, edits: readonly Edit[], label: string): Performed {
  const applied = applyEdits(project, edits);
  if (applied.patches.length === 0) return { project, history };
  const step: HistoryStep = { id: history.nextId, label, patches: applied.patches, inversePatches: applied.inversePatches };
  const past = [...history.past, step].slice(-HISTORY_LIMIT);
  return { project: applied.project, history: { past, future: [], nextId: history.nextId + 1, savedId: history.savedId } };
}

/**
 * A step's patches applied to the project. A whole list put back as it was (an import's people) goes back as it is:
 * immer's applyPatches copies every value it puts in, a tenth of a second for 10,000 people, and a frozen list is
 * never changed in place. Other patches go through immer.
 */
function applyStep(project: Project, patches: readonly Patch[]): Project {
  const keys = patches.map((patch) => patch.path[0]);
  const whole = patches.filter(
    (patch) => patch.op === 'replace' && patch.path.length === 1 && Object.isFrozen(patch.value) && keys.filter((key) => key === patch.path[0]).length === 1,
  );
  const rest = patches.filter((patch) => !whole.includes(patch));
  const next = rest.length > 0 ? applyPatches(project, rest as Patch[]) : project;
  return whole.length > 0 ? { ...next, ...Object.fromEntries(whole.map((patch) => [patch.path[0], patch.value])) } : next;
}

export function undo(project: Project, history: History): Performed {
  const step = history.past.at(-1);
  if (!step) return { project, history };
  return {
    project: applyStep(project, step.inversePatches),
    history: { ...history, past: history.past.slice(0, -1), future: [step, ...history.future] },
  };
}

export function redo(project: Project, history: History): Performed {
  const step = history.future[0];
  if (!step) return { project, history };
  return {
    project: applyStep(project, step.patches),
    history: { ...history, past: [...history.past, step], future: history.future.slice(1) },
  };
}

const currentId = (history: History): number => history.past.at(-1)?.id ?? 0;
export const isDirty = (history: History): boolean => currentId(history) !== history.savedId;
export const markSaved = (history: History): History => ({ ...history, savedId: currentId(history) });
/** Work restored from a recovery copy was never saved: no position of this history is the file's. */
export const markUnsaved = (history: History): History => ({ ...history, savedId: -1 });

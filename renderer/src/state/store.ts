/** The open project, its undo history and the file it came from: the renderer's single source of truth. */
import { create } from 'zustand';
import type { Project } from '../../../shared/model/schema.ts';
import type { Edit } from '../../../shared/edits/index.ts';
import { emptyHistory, isDirty, markSaved, markUnsaved, perform, redo, undo, type History, type Performed } from '../../../shared/edits/history.ts';
import type { Problem } from '../../../shared/problems.ts';
import { projectConflicts, type ProjectConflicts } from './conflict-checker.ts';
import { stepUntil } from './idle-slices.ts';

export interface ProjectState {
  readonly project: Project | null;
  /** Shown in the title bar; null for a project never saved. */
  readonly fileName: string | null;
  readonly history: History;
  /** Repairs from the last open, and other notices the user should read once. */
  readonly notices: readonly Problem[];
  /** The open project's conflict checker: a project loaded starts a new one, so nothing of the previous file is kept. */
  readonly conflicts: ProjectConflicts;
  /**
   * False from a load until its first full check is done (after the first paint), and after an edit whose full check
   * does not fit in a few milliseconds until it is done (a step at a time): counts say "checking", not 0.
   */
  readonly conflictsChecked: boolean;
  /** Counts the projects loaded: a view that keeps a place per file knows a new one has opened. */
  readonly openings: number;
  /** Replaces the open project (open, new, sample): never enters history. `unsaved`: restored work, not yet saved. */
  load(project: Project, fileName: string | null, notices?: readonly Problem[], unsaved?: boolean): void;
  /** One user gesture: its edits become one undo step. Throws EditRejected, leaving the project as it was. */
  perform(edits: readonly Edit[], label: string): void;
  undo(): void;
  redo(): void;
  /** The project was saved as a new revision (`history`: its ids, which are not an undoable change). */
  markSaved(fileName: string, history?: Project['history']): void;
  dismissNotices(): void;
  /** Goes on with the open project's check for about `budgetMs` (all of it by default): true once it is done. */
  checkConflicts(budgetMs?: number): boolean;
}

/** An edit and its check that fit in this are done at once, so a small project's counts never blink "checking". */
const CHECK_AT_ONCE_MS = 8;

/** The check under way, a step at a time: of one project, by one project's checker. */
let checking: { readonly project: Project; readonly conflicts: ProjectConflicts; readonly steps: Generator<void, void, void> } | null = null;

/** Steps of the check of `project` until `until` (a performance.now() time): true once it is done. */
function checkUntil(conflicts: ProjectConflicts, project: Project, until: number): boolean {
  if (checking?.project !== project || checking.conflicts !== conflicts) checking = { project, conflicts, steps: conflicts.inSteps(project) };
  if (!stepUntil(checking.steps, until)) return false;
  checking = null;
  return true;
}

export const useProjectStore = create<ProjectState>((set, get) => ({
  project: null,
  fileName: null,
  history: emptyHistory(),
  notices: [],
  conflicts: projectConflicts(),
  conflictsChecked: false,
  openings: 0,
  load: (project, fileName, notices = [], unsaved = false) =>
    set({ project, fileName, history: unsaved ? markUnsaved(emptyHistory()) : emptyHistory(), notices, conflicts: projectConflicts(), conflictsChecked: false, openings: get().openings + 1 }),
  perform: (edits, label) => {
    const started = performance.now();
    const { project, history } = get();
    if (!project) return;
    set(checked(perform(project, history, edits, label), started));
  },
  undo: () => {
    const started = performance.now();
    const { project, history } = get();
    if (project) set(checked(undo(project, history), started));
  },
  redo: () => {
    const started = performance.now();
    const { project, history } = get();
    if (project) set(checked(redo(project, history), started));
  },
  markSaved: (fileName, revisions) => {
    const { project, history } = get();
    set({ fileName, history: markSaved(history), project: project && revisions ? { ...project, history: revisions } : project });
  },
  dismissNotices: () => set({ notices: [] }),
  checkConflicts: (budgetMs = Infinity) => {
    const { project, conflicts, conflictsChecked } = get();
    if (conflictsChecked) return true;
    const done = !project || checkUntil(conflicts, project, performance.now() + budgetMs);
    if (done) set({ conflictsChecked: true });
    return done;
  },
}));

/**
 * An edit's, undo's or redo's project checked at once when the change and its check fit in a few milliseconds from
 * `started`; else it is checked a step at a time after the paint.
 */
function checked(performed: Performed, started: number): Performed & Pick<ProjectState, 'conflictsChecked'> {
  const { conflicts, conflictsChecked } = useProjectStore.getState();
  // Before the loaded project's first check, edits wait for it: the window paints first.
  return { ...performed, conflictsChecked: conflictsChecked && checkUntil(conflicts, performed.project, started + CHECK_AT_ONCE_MS) };
}

/** The open project; views are only shown once one is loaded. */
export function useProject(): Project {
  const project = useProjectStore((s) => s.project);
  if (!project) throw new Error('No project is open');
  return project;
}

export const useDirty = (): boolean => useProjectStore((s) => isDirty(s.history));

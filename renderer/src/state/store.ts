/** The open project, its undo history and the file it came from: the renderer's single source of truth. */
import { create } from 'zustand';
import type { Project } from '../../../shared/model/schema.ts';
import type { Edit } from '../../../shared/edits/index.ts';
import { emptyHistory, isDirty, markSaved, markUnsaved, perform, redo, undo, type History } from '../../../shared/edits/history.ts';
import type { Problem } from '../../../shared/problems.ts';
import { projectConflicts, type ProjectConflicts } from './conflict-checker.ts';

export interface ProjectState {
  readonly project: Project | null;
  /** Shown in the title bar; null for a project never saved. */
  readonly fileName: string | null;
  readonly history: History;
  /** Repairs from the last open, and other notices the user should read once. */
  readonly notices: readonly Problem[];
  /** The open project's conflict checker: a project loaded starts a new one, so nothing of the previous file is kept. */
  readonly conflicts: ProjectConflicts;
  /** False from a load until its first full check is done (after the first paint): counts say "checking", not 0. */
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
  /** Runs the loaded project's first full check; later edits are checked as they come. */
  checkConflicts(): void;
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
    const { project, history } = get();
    if (!project) return;
    set(perform(project, history, edits, label));
  },
  undo: () => {
    const { project, history } = get();
    if (project) set(undo(project, history));
  },
  redo: () => {
    const { project, history } = get();
    if (project) set(redo(project, history));
  },
  markSaved: (fileName, revisions) => {
    const { project, history } = get();
    set({ fileName, history: markSaved(history), project: project && revisions ? { ...project, history: revisions } : project });
  },
  dismissNotices: () => set({ notices: [] }),
  checkConflicts: () => {
    const { project, conflicts } = get();
    if (project) conflicts.of(project);
    set({ conflictsChecked: true });
  },
}));

/** The open project; views are only shown once one is loaded. */
export function useProject(): Project {
  const project = useProjectStore((s) => s.project);
  if (!project) throw new Error('No project is open');
  return project;
}

export const useDirty = (): boolean => useProjectStore((s) => isDirty(s.history));

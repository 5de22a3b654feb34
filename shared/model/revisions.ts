/** Every save is a new revision of the project; the ids it came from let two copies find their common ancestor. */
import type { Project } from './schema.ts';

/** How many earlier revisions a file remembers: enough to meet a colleague's copy after weeks of saves, few bytes. */
export const ANCESTOR_LIMIT = 100;

export interface NewRevision {
  /** A fresh random id for this save (a crypto UUID, made by the caller: shared/ stays pure). */
  readonly revision: string;
  /** Used only when the project has none yet (its first save). */
  readonly projectId: string;
}

/** The project as it will be saved: a new revision, the previous one first among the ancestors. */
export function stampRevision(project: Project, ids: NewRevision): Project {
  const { history } = project;
  const previous = history.revision === '' ? [] : [history.revision];
  const ancestors = [...previous, ...history.ancestors.filter((id) => id !== history.revision)].slice(0, ANCESTOR_LIMIT);
  return { ...project, history: { projectId: history.projectId || ids.projectId, revision: ids.revision, ancestors } };
}

/** The revisions a copy knows, newest first: its own, then its ancestors. */
export const lineage = (project: Project): readonly string[] =>
  [project.history.revision, ...project.history.ancestors].filter((id) => id !== '');

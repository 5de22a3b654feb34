/** The revision a merge makes: a child of both copies, so the next merge with either finds their common ancestor. */
import { ANCESTOR_LIMIT } from '../model/revisions.ts';
import type { Project } from '../model/schema.ts';

/** `revision` is a fresh random id made by the caller (shared/ stays pure); both parents come first, then their ancestors. */
export function stampMergedRevision(merged: Project, mine: Project, theirs: Project, revision: string): Project {
  const parents = [mine.history.revision, theirs.history.revision];
  const ancestors = [...new Set([...parents, ...mine.history.ancestors, ...theirs.history.ancestors])].filter((id) => id !== '').slice(0, ANCESTOR_LIMIT);
  return { ...merged, history: { projectId: mine.history.projectId || theirs.history.projectId, revision, ancestors } };
}

/** The base of a three-way merge: the newest revision both copies descend from that a snapshot still holds. */
import { lineage } from '../../../shared/model/revisions.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { dataFolder } from '../data-folder.ts';
import { createSnapshotStore, type SnapshotStore } from './snapshots.ts';

/** Null when the copies share no known revision (another event, or snapshots dropped): the merge is then two-way. */
export async function findCommonAncestor(mine: Project, theirs: Project, store: SnapshotStore = createSnapshotStore(dataFolder())): Promise<Project | null> {
  const theirLineage = new Set(lineage(theirs));
  const projectIds = [...new Set([mine.history.projectId, theirs.history.projectId].filter((id) => id !== ''))];
  for (const revision of lineage(mine)) {
    if (!theirLineage.has(revision)) continue;
    for (const projectId of projectIds) {
      const snapshot = await store.load(projectId, revision);
      if (snapshot) return snapshot;
    }
  }
  return null;
}

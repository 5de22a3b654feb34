/** Starting a merge review: the main process reads and merges their copy, the window shows what it brings. */
import type { MergeCopy, MergeSource } from '../../../../shared/ipc.ts';
import { useShellStore } from '../../state/shell-store.ts';
import { useProjectStore } from '../../state/store.ts';
import { useMergeReview } from './merge-review-store.ts';

/**
 * Reviews the merge of a copy with the open plan: `chosen`, a file the organiser picks; `savedFile`, the open project's
 * own file as someone else saved it since (the "Merge their changes" answer to a save over a changed file).
 * A copy that cannot be read leaves the open project as it is and says why.
 */
export async function reviewMerge(from: MergeSource): Promise<void> {
  const mine = useProjectStore.getState().project;
  if (!mine) return;
  const result = await window.regie.mergeCopy({ project: mine, from });
  if (result.status === 'cancelled') return;
  if (result.status === 'failed') {
    useShellStore.getState().show({ tone: 'error', problems: result.problems });
    return;
  }
  // Built by our own main process from texts it validated.
  useMergeReview.getState().open({ copy: JSON.parse(result.mergeJson) as MergeCopy, mine });
}

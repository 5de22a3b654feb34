/** What the merge review shows and does, without React: changes grouped by area, choices, the plan to apply. */
import type { MergeCopy } from '../../../../shared/ipc.ts';
import {
  MERGE_AREAS, resolveMerge, stampMergedRevision, type MergeArea, type MergeChange, type MergeChoice, type MergeConflict, type MergeResult,
} from '../../../../shared/merge/index.ts';
import { projectSchema, type Project } from '../../../../shared/model/schema.ts';
import type { Problem } from '../../../../shared/problems.ts';
import { formatPath } from '../../../../shared/problems.ts';

export type Choices = Readonly<Record<string, MergeChoice>>;

/** Their changes taken without a conflict (a conflict is listed with its choice instead). */
export function takenChanges(result: MergeResult): readonly MergeChange[] {
  const inConflict = new Set(result.conflicts.map((conflict) => JSON.stringify(conflict.path)));
  return result.fromTheirs.filter((change) => !inConflict.has(JSON.stringify(change.path)));
}

/** Changes per area, in the order the review lists areas; areas without a change are left out. */
export function changesByArea(changes: readonly MergeChange[]): { readonly area: MergeArea; readonly changes: readonly MergeChange[] }[] {
  return MERGE_AREAS.map((area) => ({ area, changes: changes.filter((change) => change.area === area) })).filter((group) => group.changes.length > 0);
}

/** Every conflict resolved the same way ("all mine", "all theirs"; mine is where the review starts). */
export const allChoices = (conflicts: readonly MergeConflict[], choice: MergeChoice): Choices =>
  Object.fromEntries(conflicts.map((conflict) => [conflict.key, choice]));

export function countChoices(conflicts: readonly MergeConflict[], choices: Choices): { readonly mine: number; readonly theirs: number } {
  const theirs = conflicts.filter((conflict) => choices[conflict.key] === 'theirs').length;
  return { mine: conflicts.length - theirs, theirs };
}

/**
 * The plan the merge gives with these choices, checked like a file being opened; problems when it would not be valid.
 * `revision` (a fresh id) makes the plan a child of both copies, so the next merge with theirs starts from it.
 */
export function mergedPlan(copy: MergeCopy, mine: Project, choices: Choices, revision: string): { readonly plan: Project } | { readonly problems: readonly Problem[] } {
  const plan = stampMergedRevision(resolveMerge({ base: copy.base, mine, theirs: copy.theirs }, copy.result, { ...choices }), mine, copy.theirs, revision);
  const checked = projectSchema.safeParse(plan);
  if (checked.success) return { plan: checked.data };
  const details = checked.error.issues.slice(0, 3).map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
  return { problems: [{ code: 'mergeReview:invalid', file: copy.fileName, params: { details } }] };
}

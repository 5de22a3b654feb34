/** Merging a colleague's copy of the plan: three-way by ids and field by field, pure. */
export type { MergeArea, MergeInput, MergeChange, MergeConflict, MergeResult, MergeChoice } from './types.ts';
export { MERGE_AREAS } from './types.ts';
export { mergeProjects, resolveMerge } from './merge-projects.ts';
export { describeChange } from './describe.ts';
export { conflictPlace, valueInWords } from './in-words.ts';
export { stampMergedRevision } from './revisions.ts';

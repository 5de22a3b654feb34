/** The merge of two copies of a project, and its resolution with the organiser's choices. */
import type { Project } from '../model/schema.ts';
import type { MergeChoice, MergeInput, MergeResult } from './types.ts';

export function mergeProjects(input: MergeInput): MergeResult {
  throw new Error(`mergeProjects: not yet available (${input.mine.event.name})`);
}

/** The merged project with each conflict resolved as chosen (missing keys: mine). */
export function resolveMerge(input: MergeInput, result: MergeResult, choices: Record<string, MergeChoice>): Project {
  throw new Error(`resolveMerge: not yet available (${Object.keys(choices).length}, ${result.conflicts.length}, ${input.mine.event.name})`);
}

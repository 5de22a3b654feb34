/** Every change a user can make, as data, applied by one pure function (the same for UI, CLI and tests). */
import { produceWithPatches, enablePatches, type Patch } from 'immer';
import type { Project } from '../model/schema.ts';
import type { EditOf } from './types.ts';
import { timetableEdits } from './timetable.ts';
import { catalogueEdits } from './catalogue.ts';
import { participantsEdits } from './participants.ts';
import { conflictsEdits } from './conflicts.ts';
import { toursEdits } from './tours.ts';
import { postersEdits } from './posters.ts';
import { mergeEdits } from './merge.ts';
import { programmeEdits } from './programme.ts';

enablePatches();

const handlers = {
  ...timetableEdits,
  ...catalogueEdits,
  ...participantsEdits,
  ...conflictsEdits,
  ...toursEdits,
  ...postersEdits,
  ...mergeEdits,
  ...programmeEdits,
};

export type Edit = EditOf<typeof handlers>;
export { EditRejected } from './types.ts';

export interface AppliedEdits {
  readonly project: Project;
  readonly patches: Patch[];
  readonly inversePatches: Patch[];
}

/** Applies edits in order as one change; throws EditRejected (project untouched) if one cannot apply. */
export function applyEdits(project: Project, edits: readonly Edit[]): AppliedEdits {
  const [next, patches, inversePatches] = produceWithPatches(project, (draft) => {
    for (const { type, payload } of edits as readonly { type: string; payload: unknown }[]) {
      const handler = (handlers as Record<string, (d: typeof draft, p: unknown) => void>)[type];
      if (!handler) throw new Error(`Unknown edit: ${type}`);
      handler(draft, payload);
    }
  });
  return { project: next, patches, inversePatches };
}

/** Applies one edit; for code that does not need the patches (CLI, tests). */
export function applyEdit(project: Project, edit: Edit): Project {
  return applyEdits(project, [edit]).project;
}

/** Edits of the programme: an imported schedule applied as one undoable step. */
import type { Project } from '../model/schema.ts';
import { applyProgrammeTo } from '../programme/apply.ts';
import type { ImportedProgramme } from '../programme/read-programme.ts';
import type { EditHandlerMap } from './types.ts';

export const programmeEdits = {
  'programme/import': (draft, payload: { programme: ImportedProgramme }) => {
    applyProgrammeTo(draft as Project, payload.programme);
  },
} satisfies EditHandlerMap;

/** Edits of the participants area. */
import type { EditHandlerMap } from './types.ts';

export const participantsEdits = {} satisfies EditHandlerMap;

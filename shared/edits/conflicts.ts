/** Edits of the conflicts area. */
import type { EditHandlerMap } from './types.ts';

export const conflictsEdits = {} satisfies EditHandlerMap;

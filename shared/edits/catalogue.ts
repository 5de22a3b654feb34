/** Edits of the catalogue area. */
import type { EditHandlerMap } from './types.ts';

export const catalogueEdits = {} satisfies EditHandlerMap;

/** Edits of the tours area. */
import type { EditHandlerMap } from './types.ts';

export const toursEdits = {} satisfies EditHandlerMap;

/** Edits of the posters area. */
import type { EditHandlerMap } from './types.ts';

export const postersEdits = {} satisfies EditHandlerMap;

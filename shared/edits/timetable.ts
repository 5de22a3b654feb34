/** Edits of the timetable area. */
import type { EditHandlerMap } from './types.ts';

export const timetableEdits = {} satisfies EditHandlerMap;

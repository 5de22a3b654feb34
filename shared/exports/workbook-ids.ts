/** Which venue workbooks exist: a list of its own, so the IPC contract and the preload name them without the builders. */
export const WORKBOOKS = ['timetable', 'rooms', 'setup', 'catering', 'tours', 'posters', 'reception'] as const;
export type WorkbookId = (typeof WORKBOOKS)[number];

/** The programme's export formats: a list of their own, so the IPC contract names them without the writers. */
export const PROGRAMME_FORMATS = ['xml', 'json', 'ics', 'personal'] as const;
export type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number];

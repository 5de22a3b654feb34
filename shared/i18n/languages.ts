/** The languages Régie speaks: a list of its own, so the IPC contract checks a language without loading the catalogue. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Texts of the timetable area, French and English side by side so they stay in step. */
export const timetable = {
  fr: {},
  en: {},
} as const;

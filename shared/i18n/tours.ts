/** Texts of the tours area, French and English side by side so they stay in step. */
export const tours = {
  fr: {},
  en: {},
} as const;

/** Texts of the posters area, French and English side by side so they stay in step. */
export const posters = {
  fr: {},
  en: {},
} as const;

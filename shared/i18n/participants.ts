/** Texts of the participants area, French and English side by side so they stay in step. */
export const participants = {
  fr: {},
  en: {},
} as const;

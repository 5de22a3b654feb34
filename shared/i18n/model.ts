/** Texts of the model area, French and English side by side so they stay in step. */
export const model = {
  fr: {},
  en: {},
} as const;

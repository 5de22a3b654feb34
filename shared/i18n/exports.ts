/** Texts of the exports area, French and English side by side so they stay in step. */
export const exports = {
  fr: {},
  en: {},
} as const;

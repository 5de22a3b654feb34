/** Texts of the conflicts area, French and English side by side so they stay in step. */
export const conflicts = {
  fr: {},
  en: {},
} as const;

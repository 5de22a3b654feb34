/** Texts shared by every area, French and English side by side so they stay in step. */
export const common = {
  fr: {
    appName: 'Régie',
    where: { row: 'ligne {{row}}', column: 'colonne « {{column}} »' },
    language: { fr: 'Français', en: 'English', system: 'Langue du système' },
  },
  en: {
    appName: 'Régie',
    where: { row: 'row {{row}}', column: 'column “{{column}}”' },
    language: { fr: 'Français', en: 'English', system: 'System language' },
  },
} as const;

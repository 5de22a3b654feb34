/** Texts shared by every area, French and English side by side so they stay in step. */
export const common = {
  fr: {
    appName: 'Régie',
    where: { row: 'ligne {{row}}', column: 'colonne « {{column}} »' },
    language: { fr: 'Français', en: 'English', system: 'Langue du système' },
    cli: {
      usage: 'Utilisation : regie <commande> [options] [--lang fr|en]. Commandes : {{commands}}.',
      unexpected: 'Erreur inattendue : {{message}}. Rien n’a été écrit ; signalez-la avec la commande utilisée.',
    },
  },
  en: {
    appName: 'Régie',
    where: { row: 'row {{row}}', column: 'column “{{column}}”' },
    language: { fr: 'Français', en: 'English', system: 'System language' },
    cli: {
      usage: 'Usage: regie <command> [options] [--lang fr|en]. Commands: {{commands}}.',
      unexpected: 'Unexpected error: {{message}}. Nothing was written; please report it with the command you ran.',
    },
  },
} as const;

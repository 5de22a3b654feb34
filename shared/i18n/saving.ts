/** Texts about keeping work safe (unsaved changes, the recovery copy, a file changed on disk), French and English side by side. */
import { areaTexts } from './area-texts.ts';

export const saving = areaTexts({
  fr: {
    unsaved: {
      title: 'Modifications non enregistrées',
      closing: '{{file}} a des modifications non enregistrées. Les enregistrer avant de fermer Régie ?',
      opening: '{{file}} a des modifications non enregistrées. Les enregistrer avant d’ouvrir un autre projet ?',
      save: 'Enregistrer',
      dontSave: 'Ne pas enregistrer',
      cancel: 'Annuler',
    },
    recovery: {
      title: 'Travail non enregistré retrouvé',
      found:
        'Régie ne s’est pas fermé normalement. Une copie de secours de {{file}} a été faite le {{at, daytime}} : la rouvrir pour reprendre ce travail, ou l’abandonner ?',
      restore: 'Rouvrir la copie de secours',
      discard: 'Abandonner la copie',
      restored: 'Copie de secours de {{file}} rouvrie : enregistrez pour la garder.',
    },
    changed: {
      title: 'Fichier modifié par quelqu’un d’autre',
      message:
        '{{file}} a été modifié sur le disque depuis que vous l’avez ouvert (par un collègue, ou une autre copie de Régie). Rien n’a été écrit. Fusionnez ses modifications avec les vôtres, enregistrez sous un autre nom, ou écrasez sa version.',
      merge: 'Fusionner ses modifications',
      saveAs: 'Enregistrer sous…',
      overwrite: 'Écraser',
      cancel: 'Annuler',
    },
  },
  en: {
    unsaved: {
      title: 'Unsaved changes',
      closing: '{{file}} has unsaved changes. Save them before closing Régie?',
      opening: '{{file}} has unsaved changes. Save them before opening another project?',
      save: 'Save',
      dontSave: 'Don’t save',
      cancel: 'Cancel',
    },
    recovery: {
      title: 'Unsaved work found',
      found:
        'Régie did not close normally. A recovery copy of {{file}} was made on {{at, daytime}}: reopen it to carry on with that work, or discard it?',
      restore: 'Reopen the recovery copy',
      discard: 'Discard the copy',
      restored: 'Recovery copy of {{file}} reopened: save to keep it.',
    },
    changed: {
      title: 'File changed by someone else',
      message:
        '{{file}} was changed on disk since you opened it (by a colleague, or another copy of Régie). Nothing was written. Merge their changes with yours, save under another name, or overwrite their version.',
      merge: 'Merge their changes',
      saveAs: 'Save as…',
      overwrite: 'Overwrite',
      cancel: 'Cancel',
    },
  },
});

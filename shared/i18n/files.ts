/** Texts about files from elsewhere (limits, refusals, links), French and English side by side so they stay in step. */
import { areaTexts } from './area-texts.ts';

export const files = areaTexts({
  fr: {
    structure: {
      tooDeep:
        'des listes ou objets sont imbriqués à plus de {{limit}} niveaux : aucun projet Régie ne l’est, le fichier est abîmé ou piégé. Il n’a pas été ouvert ; ouvrez une copie de sauvegarde.',
      textTooLong:
        'ce texte compte {{length}} caractères, au-delà des {{limit}} qu’un champ de Régie peut contenir : le fichier est abîmé. Il n’a pas été ouvert ; raccourcissez ce texte dans un éditeur de texte ou ouvrez une copie de sauvegarde.',
      reservedKey: 'la clé « __proto__ » n’a pas de sens dans un projet Régie : elle a été laissée de côté et ne sera pas enregistrée.',
    },
    reading: {
      outOfMemory:
        'la lecture de ce fichier demandait plus de {{limitMb}} Mo de mémoire : elle a été arrêtée, le projet ouvert est intact. Vérifiez le fichier (un projet ou une liste réels sont bien plus petits).',
      tooSlow:
        'la lecture de ce fichier a duré plus de {{seconds}} s : elle a été arrêtée, le projet ouvert est intact. Vérifiez le fichier, ou enregistrez seulement la feuille utile.',
      cancelled: 'lecture annulée : rien n’a été changé.',
      failed: 'la lecture de ce fichier a échoué ({{message}}) : le projet ouvert est intact. Vérifiez le fichier ou choisissez-en un autre.',
      progress: 'Lecture de {{file}}… {{percent}} %',
      progressUnknown: 'Lecture de {{file}}…',
      cancel: 'Annuler la lecture',
    },
    cli: {
      outOfMemory:
        'la lecture de ce fichier demandait plus de {{limitMb}} Mo de mémoire : elle a été arrêtée, et aucun fichier n’a été écrit. Vérifiez le fichier (un projet ou une liste réels sont bien plus petits).',
      tooSlow:
        'la lecture de ce fichier a duré plus de {{seconds}} s : elle a été arrêtée, et aucun fichier n’a été écrit. Vérifiez le fichier, ou enregistrez seulement la feuille utile.',
      failed: 'la lecture de ce fichier a échoué ({{message}}) : aucun fichier n’a été écrit. Vérifiez le fichier ou choisissez-en un autre.',
    },
    workbook: {
      inflatedTooLarge:
        'ce classeur se décompresse en plus de {{limit}} Mo (quoi qu’annoncent ses en-têtes) : il n’est pas lu, pour protéger la mémoire. Enregistrez seulement la feuille des inscriptions, ou exportez-la en CSV.',
      partTooLarge:
        'la partie « {{part}} » de ce classeur se décompresse en plus de {{limit}} Mo : il n’est pas lu, pour protéger la mémoire. Enregistrez seulement la feuille des inscriptions, ou exportez-la en CSV.',
      doctype:
        'la partie « {{part}} » de ce classeur déclare des entités XML (<!DOCTYPE>), ce qu’aucun tableur n’écrit : il n’est pas lu. Ouvrez-le dans votre tableur et enregistrez-le de nouveau en .xlsx, ou exportez-le en CSV.',
      tooManyCells:
        'trop de cellules (plus de {{limit}}) : ce n’est pas une liste d’inscrits lisible. Enregistrez seulement les colonnes utiles, ou découpez la liste.',
      tooManyColumns:
        'la ligne {{row}} a {{columns}} colonnes, au-delà des {{limit}} qu’une liste d’inscrits peut avoir : le fichier n’est pas lu. Vérifiez le séparateur, ou enregistrez seulement les colonnes utiles.',
      unreadablePart: 'la partie « {{part}} » de ce classeur est abîmée : il n’est pas lu. Ouvrez-le dans votre tableur et enregistrez-le de nouveau.',
    },
    save: {
      notAFolder: '« {{folder}} » est un fichier, pas un dossier : rien n’a été écrit. Choisissez un dossier.',
      exists: '{{file}} existe déjà et n’est pas un dossier : rien n’a été écrit. Choisissez un autre nom de dossier.',
      noFolder: 'le dossier « {{folder}} » n’existe pas : rien n’a été écrit. Créez-le ou choisissez-en un autre.',
      noPermission: 'Régie n’a pas le droit d’écrire dans « {{folder}} » : rien n’a été écrit. Choisissez un autre dossier.',
      noSpace: 'le disque est plein : rien n’a été écrit dans « {{folder}} ». Libérez de la place, puis recommencez.',
      failed: 'l’écriture dans « {{folder}} » a échoué ({{reason}}) : rien n’a été écrit. Vérifiez le dossier, puis recommencez.',
    },
  },
  en: {
    structure: {
      tooDeep:
        'lists or objects are nested more than {{limit}} levels deep: no Régie project is, so the file is damaged or booby-trapped. It was not opened; open a backup copy.',
      textTooLong:
        'this text is {{length}} characters long, beyond the {{limit}} a Régie field can hold: the file is damaged. It was not opened; shorten the text in a text editor or open a backup copy.',
      reservedKey: 'the key “__proto__” means nothing in a Régie project: it was left out and will not be saved.',
    },
    reading: {
      outOfMemory:
        'reading this file needed more than {{limitMb}} MB of memory: it was stopped, and the open project is untouched. Check the file (a real project or list is far smaller).',
      tooSlow:
        'reading this file took more than {{seconds}} s: it was stopped, and the open project is untouched. Check the file, or save only the sheet you need.',
      cancelled: 'reading cancelled: nothing was changed.',
      failed: 'reading this file failed ({{message}}): the open project is untouched. Check the file or choose another one.',
      progress: 'Reading {{file}}… {{percent}}%',
      progressUnknown: 'Reading {{file}}…',
      cancel: 'Cancel reading',
    },
    cli: {
      outOfMemory:
        'reading this file needed more than {{limitMb}} MB of memory: it was stopped, and no file was written. Check the file (a real project or list is far smaller).',
      tooSlow: 'reading this file took more than {{seconds}} s: it was stopped, and no file was written. Check the file, or save only the sheet you need.',
      failed: 'reading this file failed ({{message}}): no file was written. Check the file or choose another one.',
    },
    workbook: {
      inflatedTooLarge:
        'this workbook unpacks to more than {{limit}} MB (whatever its headers claim): it is not read, to protect memory. Save only the registrations sheet, or export it as CSV.',
      partTooLarge:
        'the part “{{part}}” of this workbook unpacks to more than {{limit}} MB: it is not read, to protect memory. Save only the registrations sheet, or export it as CSV.',
      doctype:
        'the part “{{part}}” of this workbook declares XML entities (<!DOCTYPE>), which no spreadsheet writes: it is not read. Open it in your spreadsheet and save it again as .xlsx, or export it as CSV.',
      tooManyCells:
        'too many cells (over {{limit}}): this is not a readable registration list. Save only the columns you need, or split the list.',
      tooManyColumns:
        'row {{row}} has {{columns}} columns, beyond the {{limit}} a registration list can have: the file is not read. Check the separator, or save only the columns you need.',
      unreadablePart: 'the part “{{part}}” of this workbook is damaged: it is not read. Open it in your spreadsheet and save it again.',
    },
    save: {
      notAFolder: '“{{folder}}” is a file, not a folder: nothing was written. Choose a folder.',
      exists: '{{file}} already exists and is not a folder: nothing was written. Choose another folder name.',
      noFolder: 'the folder “{{folder}}” does not exist: nothing was written. Create it or choose another one.',
      noPermission: 'Régie may not write in “{{folder}}”: nothing was written. Choose another folder.',
      noSpace: 'the disk is full: nothing was written in “{{folder}}”. Free some space, then try again.',
      failed: 'writing in “{{folder}}” failed ({{reason}}): nothing was written. Check the folder, then try again.',
    },
  },
});

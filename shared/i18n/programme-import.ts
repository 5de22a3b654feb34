/** Texts of the programme import (schedule.xml / schedule.json), French and English side by side so they stay in step. */
import { areaTexts } from './area-texts.ts';

export const programmeImport = areaTexts({
  fr: {
    file: {
      tooLarge: 'ce programme dépasse {{limitMb}} Mo, bien au-delà du plus grand programme réel : il n’est pas lu et le projet ouvert est intact. Vérifiez que c’est bien le fichier schedule.xml ou schedule.json de l’événement.',
      empty: 'ce fichier est vide : rien n’a été importé. Téléchargez de nouveau le programme (schedule.xml ou schedule.json).',
      unknownFormat: 'ce fichier n’est ni du XML ni du JSON : Régie importe le programme au format frab (schedule.xml) ou son double JSON (schedule.json). Rien n’a été importé ; exportez le programme sous l’un de ces formats.',
    },
    xml: {
      doctype: 'ce programme déclare des entités XML (<!DOCTYPE> ou <!ENTITY>), ce qu’aucun outil de programme n’écrit : il n’est pas lu et le projet ouvert est intact. Téléchargez de nouveau le programme depuis son outil (pretalx, frab).',
      malformed: 'le XML est mal formé ({{message}}) : rien n’a été importé. Corrigez le fichier à cette ligne ou téléchargez-le de nouveau.',
      notASchedule: 'ce XML n’a pas d’élément <schedule> : ce n’est pas un programme frab. Rien n’a été importé ; choisissez le fichier schedule.xml de l’événement.',
    },
    json: {
      malformed: 'le JSON est mal formé à cette ligne : rien n’a été importé. Corrigez le fichier ou téléchargez-le de nouveau.',
      notASchedule: 'ce JSON n’a pas de clé « schedule » : ce n’est pas un programme au format de pretalx ou frab. Rien n’a été importé ; choisissez le fichier schedule.json de l’événement.',
    },
    conference: {
      missingTitle: 'le programme ne donne ni titre ni sigle à l’événement : rien n’a été importé. Ajoutez un <title> à <conference>.',
      unknownTimeZone: 'fuseau horaire « {{value}} » inconnu : les heures sont lues telles quelles, dans le fuseau du projet. Vérifiez le fuseau de l’événement dans le projet.',
    },
    day: {
      none: 'ce programme n’a aucun jour : rien n’a été importé. Vérifiez que le fichier est complet.',
      tooMany: 'ce programme compte {{count}} jours, au-delà des {{limit}} qu’un événement peut avoir : rien n’a été importé. Vérifiez le fichier.',
      wrongDate: 'la date du jour « {{value}} » n’est pas une date AAAA-MM-JJ réelle : rien n’a été importé. Corrigez-la dans le programme.',
      repeated: 'le jour {{value}} apparaît deux fois : rien n’a été importé. Réunissez ses salles dans un seul jour du programme.',
      wrongTime: '« {{value}} » n’est pas une date et heure ISO (2025-10-14T09:00:00+02:00) : rien n’a été importé. Corrigez-la dans le programme.',
      endsBeforeStart: 'le jour finit (« {{value}} ») avant de commencer (« {{start}} ») : rien n’a été importé. Corrigez ses heures dans le programme.',
      overlap: 'ce jour commence (« {{value}} ») avant la fin du jour {{other}} : les jours se chevauchent, rien n’a été importé. Corrigez leurs heures dans le programme.',
    },
    event: {
      tooMany: 'ce programme compte {{count}} événements, au-delà des {{limit}} que Régie importe : rien n’a été importé. Vérifiez le fichier.',
      missingId: 'l’événement « {{title}} » n’a ni guid ni id : sans eux, une mise à jour du programme ne saurait pas le retrouver. Rien n’a été importé ; ajoutez-lui un guid.',
      repeatedId: 'l’identifiant « {{value}} » de l’événement « {{title}} » est déjà celui d’un autre événement : rien n’a été importé. Donnez à chaque événement son propre guid.',
      missingTitle: 'un événement n’a pas de titre : rien n’a été importé. Ajoutez-lui un <title> dans le programme.',
      wrongDuration: 'la durée « {{value}} » de l’événement « {{title}} » n’est pas une durée HH:MM (01:30) de plus de zéro minute : rien n’a été importé. Corrigez-la dans le programme.',
      wrongDate: 'la date « {{value}} » de l’événement « {{title}} » n’est pas une date ISO réelle (2025-10-14T09:00:00+02:00) : rien n’a été importé. Corrigez-la dans le programme.',
      wrongTime: 'l’heure « {{value}} » de l’événement « {{title}} » n’est pas une heure HH:MM : rien n’a été importé. Corrigez-la dans le programme.',
      unknownType_one: 'type « {{value}} » inconnu de Régie ({{count}} événement) : importé comme exposé. Changez le genre de la session si besoin.',
      unknownType_other: 'type « {{value}} » inconnu de Régie ({{count}} événements) : importés comme exposés. Changez le genre des sessions si besoin.',
    },
  },
  en: {
    file: {
      tooLarge: 'this programme is over {{limitMb}} MB, far beyond the largest real programme: it was not read and the open project is unchanged. Check that it is the event’s schedule.xml or schedule.json.',
      empty: 'this file is empty: nothing was imported. Download the programme (schedule.xml or schedule.json) again.',
      unknownFormat: 'this file is neither XML nor JSON: Régie imports the programme in frab’s format (schedule.xml) or its JSON twin (schedule.json). Nothing was imported; export the programme in one of these formats.',
    },
    xml: {
      doctype: 'this programme declares XML entities (<!DOCTYPE> or <!ENTITY>), which no programme tool writes: it was not read and the open project is unchanged. Download the programme from its tool (pretalx, frab) again.',
      malformed: 'the XML is malformed ({{message}}): nothing was imported. Fix the file at this line or download it again.',
      notASchedule: 'this XML has no <schedule> element: it is not a frab programme. Nothing was imported; choose the event’s schedule.xml.',
    },
    json: {
      malformed: 'the JSON is malformed at this line: nothing was imported. Fix the file or download it again.',
      notASchedule: 'this JSON has no “schedule” key: it is not a programme in pretalx’s or frab’s format. Nothing was imported; choose the event’s schedule.json.',
    },
    conference: {
      missingTitle: 'the programme gives the event neither a title nor an acronym: nothing was imported. Add a <title> to <conference>.',
      unknownTimeZone: 'unknown time zone “{{value}}”: times are read as written, in the project’s time zone. Check the event’s time zone in the project.',
    },
    day: {
      none: 'this programme has no days: nothing was imported. Check that the file is complete.',
      tooMany: 'this programme has {{count}} days, beyond the {{limit}} an event may have: nothing was imported. Check the file.',
      wrongDate: 'the day’s date “{{value}}” is not a real YYYY-MM-DD date: nothing was imported. Fix it in the programme.',
      repeated: 'the day {{value}} appears twice: nothing was imported. Put its rooms into one day of the programme.',
      wrongTime: '“{{value}}” is not an ISO date and time (2025-10-14T09:00:00+02:00): nothing was imported. Fix it in the programme.',
      endsBeforeStart: 'the day ends (“{{value}}”) before it starts (“{{start}}”): nothing was imported. Fix its times in the programme.',
      overlap: 'this day starts (“{{value}}”) before day {{other}} ends: the days overlap, nothing was imported. Fix their times in the programme.',
    },
    event: {
      tooMany: 'this programme has {{count}} events, beyond the {{limit}} Régie imports: nothing was imported. Check the file.',
      missingId: 'the event “{{title}}” has neither a guid nor an id: without one, an updated programme could not find it again. Nothing was imported; give it a guid.',
      repeatedId: 'the id “{{value}}” of the event “{{title}}” already belongs to another event: nothing was imported. Give each event its own guid.',
      missingTitle: 'an event has no title: nothing was imported. Give it a <title> in the programme.',
      wrongDuration: 'the duration “{{value}}” of the event “{{title}}” is not an HH:MM duration (01:30) longer than zero: nothing was imported. Fix it in the programme.',
      wrongDate: 'the date “{{value}}” of the event “{{title}}” is not a real ISO date (2025-10-14T09:00:00+02:00): nothing was imported. Fix it in the programme.',
      wrongTime: 'the time “{{value}}” of the event “{{title}}” is not an HH:MM time: nothing was imported. Fix it in the programme.',
      unknownType_one: 'type “{{value}}” unknown to Régie ({{count}} event): imported as a talk. Change the session’s kind if needed.',
      unknownType_other: 'type “{{value}}” unknown to Régie ({{count}} events): imported as talks. Change the sessions’ kind if needed.',
    },
  },
});

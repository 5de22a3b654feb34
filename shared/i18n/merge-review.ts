/** Texts of "Merge a copy…" and its review, French and English side by side so they stay in step. */
import { areaTexts } from './area-texts.ts';

export const mergeReview = areaTexts({
  fr: {
    command: 'Fusionner une copie…',
    commandHint: 'Reprendre les changements d’une copie de ce projet faite par un ou une collègue (Ctrl+Maj+M)',
    history: { merge: 'Fusion d’une copie' },
    title: 'Fusionner « {{file}} »',
    baseFound: 'Comparée à la dernière version commune aux deux copies : seuls les changements faits depuis sont repris.',
    noBase:
      'Aucune version commune aux deux copies n’a été trouvée : chaque différence est donc un choix à faire ci-dessous (mes valeurs sont choisies au départ).',
    fromTheirs_one: 'Ce qui vient de leur copie ({{count}} changement)',
    fromTheirs_other: 'Ce qui vient de leur copie ({{count}} changements)',
    nothingFromTheirs: 'Leur copie n’apporte aucun changement sans conflit.',
    nothing: 'Les deux copies sont identiques : il n’y a rien à fusionner.',
    kind: { added: 'Ajouté', changed: 'Modifié', removed: 'Supprimé' },
    area: {
      event: 'Événement', venues: 'Lieux', rooms: 'Salles', themes: 'Thèmes', people: 'Personnes', sessions: 'Sessions',
      participants: 'Participants', tours: 'Visites', posterHall: 'Salle des posters', settings: 'Réglages',
    },
    conflicts_one: '{{count}} choix à faire : les deux copies ont changé la même chose',
    conflicts_other: '{{count}} choix à faire : les deux copies ont changé les mêmes choses',
    conflictKind: {
      'both-changed': 'changé des deux côtés',
      'edited-deleted': 'modifié d’un côté, supprimé de l’autre',
      'both-added': 'ajouté des deux côtés',
    },
    field: 'Champ',
    mine: 'Ma copie',
    theirs: 'Leur copie',
    base: 'Version commune',
    keepMine: 'Garder la mienne',
    takeTheirs: 'Prendre la leur',
    choiceOf: 'Choix pour {{field}}',
    allMine: 'Tout garder de ma copie',
    allTheirs: 'Tout prendre de leur copie',
    chosen: '{{theirs}} pris de leur copie, {{mine}} gardés de la mienne',
    value: { absent: 'absent (supprimé ou jamais ajouté)', empty: 'vide', yes: 'oui', no: 'non', backlog: 'à placer (réserve)', slot: '{{room}}, {{at, daytime}}' },
    /** The fields organisers most often change on both sides; any other is shown by its name in the file. */
    fieldName: {
      slot: 'salle et horaire', title: 'titre', name: 'nom', durationMinutes: 'durée (minutes)', capacity: 'capacité', kind: 'type',
      themeId: 'thème', people: 'intervenants', expectedAudience: 'public attendu', notes: 'notes', email: 'e-mail',
      firstName: 'prénom', lastName: 'nom', affiliation: 'affiliation', layout: 'disposition', equipment: 'équipement',
    },
    apply: 'Fusionner',
    cancel: 'Annuler',
    applied:
      '« {{file}} » fusionné : {{taken}} changement(s) repris, {{theirs}} choix pris de leur copie. Ctrl+Z annule la fusion d’un coup.',
    otherEvent: {
      title: 'Copie d’un autre événement',
      message:
        '« {{file}} » est une copie d’un autre événement (« {{theirs}} » ; le projet ouvert est « {{mine}} ») : elle n’a pas été fusionnée. Fusionner deux événements mêle leurs salles, sessions et personnes. Choisissez une copie de cet événement, ou fusionnez quand même si c’est bien ce que vous voulez.',
      goOn: 'Fusionner quand même',
    },
    failed: 'la fusion a échoué ({{message}}) : le projet ouvert est inchangé. Vérifiez le fichier, ou signalez le problème s’il revient.',
    noSavedFile:
      'le projet ouvert n’a jamais été enregistré : il n’y a pas de fichier d’où reprendre des changements. Utilisez « Fusionner une copie… » et choisissez le fichier.',
    more_one: '… et {{count}} autre changement dans ce domaine.',
    more_other: '… et {{count}} autres changements dans ce domaine.',
    planChanged: 'Le plan a changé pendant la lecture de « {{file}} » : rien n’a été fusionné. Relancez « Fusionner une copie… ».',
    invalid:
      'le plan fusionné ne serait pas valide ({{details}}) : rien n’a été changé. Faites un autre choix pour ce champ, ou signalez le problème.',
  },
  en: {
    command: 'Merge a copy…',
    commandHint: 'Take in the changes from a copy of this project a colleague made (Ctrl+Shift+M)',
    history: { merge: 'Merge of a copy' },
    title: 'Merge “{{file}}”',
    baseFound: 'Compared with the last version both copies share: only the changes made since are taken.',
    noBase:
      'No version common to both copies was found: every difference is therefore a choice below (your values are chosen to start with).',
    fromTheirs_one: 'What comes from their copy ({{count}} change)',
    fromTheirs_other: 'What comes from their copy ({{count}} changes)',
    nothingFromTheirs: 'Their copy brings no change without a conflict.',
    nothing: 'The two copies are the same: there is nothing to merge.',
    kind: { added: 'Added', changed: 'Changed', removed: 'Removed' },
    area: {
      event: 'Event', venues: 'Venues', rooms: 'Rooms', themes: 'Themes', people: 'People', sessions: 'Sessions',
      participants: 'Participants', tours: 'Tours', posterHall: 'Poster hall', settings: 'Settings',
    },
    conflicts_one: '{{count}} choice to make: both copies changed the same thing',
    conflicts_other: '{{count}} choices to make: both copies changed the same things',
    conflictKind: {
      'both-changed': 'changed on both sides',
      'edited-deleted': 'edited on one side, deleted on the other',
      'both-added': 'added on both sides',
    },
    field: 'Field',
    mine: 'My copy',
    theirs: 'Their copy',
    base: 'Common version',
    keepMine: 'Keep mine',
    takeTheirs: 'Take theirs',
    choiceOf: 'Choice for {{field}}',
    allMine: 'Keep all of mine',
    allTheirs: 'Take all of theirs',
    chosen: '{{theirs}} taken from their copy, {{mine}} kept from mine',
    value: { absent: 'absent (deleted or never added)', empty: 'empty', yes: 'yes', no: 'no', backlog: 'to be placed (backlog)', slot: '{{room}}, {{at, daytime}}' },
    fieldName: {
      slot: 'room and time', title: 'title', name: 'name', durationMinutes: 'length (minutes)', capacity: 'capacity', kind: 'kind',
      themeId: 'theme', people: 'speakers and roles', expectedAudience: 'expected audience', notes: 'notes', email: 'e-mail',
      firstName: 'first name', lastName: 'last name', affiliation: 'affiliation', layout: 'layout', equipment: 'equipment',
    },
    apply: 'Merge',
    cancel: 'Cancel',
    applied: '“{{file}}” merged: {{taken}} change(s) taken, {{theirs}} choice(s) taken from their copy. Ctrl+Z undoes the whole merge.',
    otherEvent: {
      title: 'A copy of another event',
      message:
        '“{{file}}” is a copy of another event (“{{theirs}}”; the open project is “{{mine}}”): it was not merged. Merging two events mixes their rooms, sessions and people. Choose a copy of this event, or merge anyway if that is really what you want.',
      goOn: 'Merge anyway',
    },
    failed: 'the merge failed ({{message}}): the open project is unchanged. Check the file, or report the problem if it comes back.',
    noSavedFile:
      'the open project has never been saved, so there is no file to take changes from. Use “Merge a copy…” and choose the file.',
    more_one: '… and {{count}} more change in this area.',
    more_other: '… and {{count}} more changes in this area.',
    planChanged: 'The plan changed while “{{file}}” was being read: nothing was merged. Run “Merge a copy…” again.',
    invalid: 'the merged plan would not be valid ({{details}}): nothing was changed. Make another choice for that field, or report the problem.',
  },
});

/** Texts of the tours area, French and English side by side so they stay in step. */
export const tours = {
  fr: {
    rejected: {
      unknownTour: 'La visite « {{id}} » n’existe plus : rouvrez la vue Visites.',
      unknownGroup: 'Le groupe « {{id}} » n’existe plus dans « {{tour}} » : rouvrez la vue Visites.',
      unknownParticipant: 'Le participant « {{id}} » n’existe plus : rechargez la liste.',
      notInGroup: 'Cette personne n’est dans aucun groupe de « {{tour}} » : placez-la dans un groupe avant de l’épingler.',
      badSetting: 'La valeur « {{value}} » ne convient pas pour {{field}} : saisissez un nombre entier positif, ou une heure HH:MM.',
    },
    impossible: {
      companionsOverLimit:
        'Les {{count}} personnes venues ensemble ({{names}}) dépassent la limite de {{limit}} par groupe : relevez la limite à {{count}}, ou retirez des liens d’accompagnant.',
      companionsLanguages:
        '{{names}} sont venus ensemble mais ne suivent aucune langue en commun ({{languages}}) : ajoutez une langue commune à l’un d’eux, ou retirez le lien d’accompagnant.',
      pinnedApart:
        '{{names}} sont venus ensemble mais sont épinglés dans des groupes différents : désépinglez l’un d’eux, ou retirez le lien d’accompagnant.',
      noGuideForLanguage:
        '{{count}} personnes ({{names}}) ne suivent une visite qu’en {{language}}, et aucun guide ne guide en {{language}} : ajoutez un guide qui guide en {{language}}.',
      noStepFreeGuide:
        '{{count}} personnes ont besoin du parcours sans marches ({{names}}) et aucun guide de leur langue ne le prend : cochez « parcours sans marches » pour un guide qui guide en {{language}}, ou ajoutez-en un.',
      tooFewGuidesForLanguage:
        '{{count}} personnes ne suivent la visite qu’en {{language}} : il faut {{groups}} groupes de {{language}}, mais les {{guides}} guides en {{language}} n’en mènent que {{capacity}} dans le créneau. Ajoutez {{add}} guide(s) en {{language}}, ou relevez la limite à {{raiseTo}}.',
      guidesUnavailable:
        '{{count}} personnes ne suivent la visite qu’en {{language}}, mais aucun des {{guides}} guides en {{language}} n’est disponible dans le créneau : élargissez leur disponibilité ou ajoutez un guide en {{language}}.',
      windowTooShort:
        '{{groups}} groupes partant toutes les {{interval}} min ne sont rentrés qu’à {{returnBy}}, après la fin du créneau ({{latest}}) qui n’offre que {{departures}} départs : repoussez le retour à {{returnBy}}, raccourcissez l’intervalle, ou relevez la limite à {{raiseTo}}.',
      tooFewGuides:
        '{{groups}} groupes sont nécessaires, mais les {{guides}} guides n’en mènent que {{capacity}} dans le créneau : ajoutez {{add}} guide(s), ou relevez la limite à {{raiseTo}}.',
      noWindow: 'La visite n’a pas d’heure de premier départ : indiquez-la, ou placez la séance de la visite dans le programme.',
      unplaced: '{{count}} personnes n’ont trouvé aucun groupe ({{names}}) : ajoutez un guide, élargissez le créneau ou relevez la limite.',
    },
    cli: {
      usage: 'Usage : regie tours <projet.regie> [--size N] [--json] [--out <fichier.regie>]',
      badSize: '--size attend un nombre entier positif (reçu « {{value}} »).',
      tour: '{{name}} : {{count}} inscrits, {{groups}} groupes (limite {{limit}})',
      group: '  {{name}} — {{guide}}, {{language}}, départ {{departure}}, {{size}} personnes',
      members: '    {{names}}',
      moved: '  {{name}} : {{from}} → {{to}}',
      movedTitle: '  Changements :',
      impossible: '  Impossible : {{message}}',
      written: 'Plan enregistré dans {{file}}.',
      none: 'Ce projet ne prévoit aucune visite guidée.',
      noGroup: 'aucun groupe',
    },
    view: {
      title: 'Visites guidées',
      none: 'Ce projet ne prévoit aucune visite guidée.',
      venue: 'Lieu',
      session: 'Au programme',
      groupSizeLimit: 'Taille maximale d’un groupe',
      tourMinutes: 'Durée de la visite',
      intervalMinutes: 'Intervalle entre deux départs',
      guides: 'Guides',
      registered: 'Inscrits',
      minutes: '{{count}} min',
      people_one: '{{count}} personne',
      people_other: '{{count}} personnes',
      noGuide: 'aucun guide',
      groups: 'Groupes',
      noGroups: 'Aucun groupe n’est encore formé pour cette visite.',
      group: 'Groupe',
      guide: 'Guide',
      departure: 'Départ',
      language: 'Langue',
      size: 'Effectif',
      members: 'Membres',
      overLimit: 'Au-delà de la limite de {{limit}} personnes : répartissez ce groupe.',
      unknownPerson: 'personne inconnue ({{id}})',
      showMembers: 'Voir les {{count}} membres',
    },
  },
  en: {
    rejected: {
      unknownTour: 'The tour “{{id}}” no longer exists: open the Tours view again.',
      unknownGroup: 'The group “{{id}}” no longer exists in “{{tour}}”: open the Tours view again.',
      unknownParticipant: 'The participant “{{id}}” no longer exists: reload the list.',
      notInGroup: 'This person is in no group of “{{tour}}”: put them in a group before pinning them.',
      badSetting: 'The value “{{value}}” does not fit {{field}}: enter a positive whole number, or a time as HH:MM.',
    },
    impossible: {
      companionsOverLimit:
        'The {{count}} people who came together ({{names}}) are more than the limit of {{limit}} per group: raise the limit to {{count}}, or remove some companion links.',
      companionsLanguages:
        '{{names}} came together but share no language to follow a visit in ({{languages}}): give one of them a common language, or remove the companion link.',
      pinnedApart:
        '{{names}} came together but are pinned in different groups: unpin one of them, or remove the companion link.',
      noGuideForLanguage:
        '{{count}} people ({{names}}) can only follow a visit in {{language}}, and no guide guides in {{language}}: add a guide who guides in {{language}}.',
      noStepFreeGuide:
        '{{count}} people need the step-free route ({{names}}) and no guide of their language takes it: tick “step-free route” for a guide who guides in {{language}}, or add one.',
      tooFewGuidesForLanguage:
        '{{count}} people can only follow the visit in {{language}}: they need {{groups}} groups in {{language}}, but the {{guides}} guide(s) in {{language}} can lead only {{capacity}} in the window. Add {{add}} guide(s) who guide in {{language}}, or raise the limit to {{raiseTo}}.',
      guidesUnavailable:
        '{{count}} people can only follow the visit in {{language}}, but none of the {{guides}} guide(s) in {{language}} is available in the window: widen their availability, or add a guide in {{language}}.',
      windowTooShort:
        '{{groups}} groups leaving every {{interval}} min are not all back until {{returnBy}}, after the window closes ({{latest}}), which leaves room for {{departures}} departures: move the latest return to {{returnBy}}, shorten the interval, or raise the limit to {{raiseTo}}.',
      tooFewGuides:
        '{{groups}} groups are needed, but the {{guides}} guide(s) can lead only {{capacity}} in the window: add {{add}} guide(s), or raise the limit to {{raiseTo}}.',
      noWindow: 'The tour has no earliest departure: set one, or place the tour’s session in the timetable.',
      unplaced: '{{count}} people found no group ({{names}}): add a guide, widen the window or raise the limit.',
    },
    cli: {
      usage: 'Usage: regie tours <project.regie> [--size N] [--json] [--out <file.regie>]',
      badSize: '--size expects a positive whole number (got “{{value}}”).',
      tour: '{{name}}: {{count}} registered, {{groups}} groups (limit {{limit}})',
      group: '  {{name}} — {{guide}}, {{language}}, leaves {{departure}}, {{size}} people',
      members: '    {{names}}',
      moved: '  {{name}}: {{from}} → {{to}}',
      movedTitle: '  Changes:',
      impossible: '  Impossible: {{message}}',
      written: 'Plan saved in {{file}}.',
      none: 'This project plans no guided tour.',
      noGroup: 'no group',
    },
    view: {
      title: 'Guided tours',
      none: 'This project plans no guided tour.',
      venue: 'Venue',
      session: 'In the programme',
      groupSizeLimit: 'Largest group',
      tourMinutes: 'Tour length',
      intervalMinutes: 'Interval between departures',
      guides: 'Guides',
      registered: 'Registered',
      minutes: '{{count}} min',
      people_one: '{{count}} person',
      people_other: '{{count}} people',
      noGuide: 'no guide',
      groups: 'Groups',
      noGroups: 'No group has been formed for this tour yet.',
      group: 'Group',
      guide: 'Guide',
      departure: 'Departure',
      language: 'Language',
      size: 'Size',
      members: 'Members',
      overLimit: 'Over the limit of {{limit}} people: split this group.',
      unknownPerson: 'unknown person ({{id}})',
      showMembers: 'Show the {{count}} members',
    },
  },
} as const;

/** Texts of the conflicts area, French and English side by side so they stay in step. */
import { areaTexts } from './area-texts.ts';

export const conflicts = areaTexts({
  fr: {
    severity: { error: 'Erreur', warning: 'Avertissement', info: 'Information' },
    severityPlural: { error: 'erreurs', warning: 'avertissements', info: 'informations' },
    rules: {
      'room-double-booked': {
        title: 'Salle occupée deux fois',
        message: '« {{first}} » ({{firstStart}}–{{firstEnd}}) et « {{second}} » ({{secondStart}}–{{secondEnd}}) sont toutes deux dans la salle {{room}} le {{day, day}}. Déplacez l’une des deux dans une autre salle ou à un autre moment.',
      },
      'person-double-booked': {
        title: 'Personne à deux endroits à la fois',
        message: '{{person}} est attendu·e à « {{first}} » ({{firstStart}}–{{firstEnd}}) et à « {{second}} » ({{secondStart}}–{{secondEnd}}) le {{day, day}}. Déplacez l’une des deux sessions ou confiez ce rôle à quelqu’un d’autre.',
        travel: '{{person}} finit « {{first}} » à {{firstEnd}} ({{firstVenue}}) et doit être à « {{second}} » à {{secondStart}} ({{secondVenue}}) le {{day, day}} : {{gap}} min d’écart pour {{travel}} min de trajet. Laissez au moins {{travel}} min entre les deux ou confiez ce rôle à quelqu’un d’autre.',
      },
      'exclusive-overlap': {
        title: 'Session plénière en parallèle d’une autre',
        message: '« {{first}} » ({{firstStart}}–{{firstEnd}}) est une session plénière, mais « {{second}} » ({{secondStart}}–{{secondEnd}}) a lieu en même temps le {{day, day}} pour le même public. Placez « {{second}} » avant ou après.',
      },
      'audience-clash': {
        title: 'Inscrits à deux sessions simultanées',
        message_one: '{{count}} participant·e est inscrit·e à la fois à « {{first}} » ({{firstStart}}–{{firstEnd}}) et à « {{second}} » ({{secondStart}}–{{secondEnd}}), qui se chevauchent le {{day, day}}. Décalez l’une des deux sessions ou prévenez cette personne.',
        message_other: '{{count}} participants sont inscrits à la fois à « {{first}} » ({{firstStart}}–{{firstEnd}}) et à « {{second}} » ({{secondStart}}–{{secondEnd}}), qui se chevauchent le {{day, day}}. Décalez l’une des deux sessions ou prévenez ces personnes.',
      },
      'capacity-too-small': {
        title: 'Salle trop petite',
        message: '« {{session}} » ({{day, day}}, {{sessionStart}}–{{sessionEnd}}) attend {{audience}} personnes mais la salle {{room}} n’a que {{capacity}} places. Choisissez une salle plus grande.',
      },
      'nested-outside-parent': {
        title: 'Intervention hors de sa session',
        message: '« {{session}} » ({{room}}, {{day, day}}, {{sessionStart}}–{{sessionEnd}}) fait partie de « {{parent}} » ({{parentRoom}}, {{parentDay, day}}, {{parentStart}}–{{parentEnd}}) mais n’est pas dans son créneau ou sa salle. Replacez-la dans la session.',
        parentUnscheduled: '« {{session}} » est placée le {{day, day}} alors que sa session « {{parent}} » n’est pas encore au programme. Placez d’abord « {{parent}} ».',
      },
      'outside-event-days': {
        title: 'Hors des jours de l’événement',
        message: '« {{session}} » est placée le {{day, day}}, qui n’est pas un jour de l’événement ({{days, days}}). Déplacez-la sur un de ces jours ou ajoutez ce jour à l’événement.',
      },
      'outside-opening-hours': {
        title: 'Hors des heures d’ouverture',
        message: '« {{session}} » ({{sessionStart}}–{{sessionEnd}}, {{day, day}}) dépasse les heures d’ouverture de {{venue}} ({{hours}}). Avancez-la, raccourcissez-la ou faites élargir les horaires.',
        closedThatDay: '« {{session}} » est placée le {{day, day}} mais {{venue}} est fermé ce jour-là. Déplacez-la sur un jour d’ouverture.',
      },
      'room-unavailable': {
        title: 'Salle indisponible',
        message: 'La salle {{room}} n’est disponible que {{hours}} le {{day, day}} ; « {{session}} » ({{sessionStart}}–{{sessionEnd}}) en sort. Déplacez la session ou réservez la salle plus longtemps.',
        closedThatDay: 'La salle {{room}} n’est pas disponible le {{day, day}} ; « {{session}} » y est placée. Choisissez une autre salle ou un autre jour.',
      },
      'person-unavailable': {
        title: 'Personne indisponible',
        message: '{{person}} n’est disponible que {{hours}} le {{day, day}}, mais intervient dans « {{session}} » ({{sessionStart}}–{{sessionEnd}}). Déplacez la session ou vérifiez ses disponibilités.',
        absentThatDay: '{{person}} n’est pas disponible le {{day, day}}, mais intervient dans « {{session}} » ({{sessionStart}}–{{sessionEnd}}). Déplacez la session ou trouvez un·e remplaçant·e.',
      },
      'missing-equipment': {
        title: 'Équipement manquant',
        message: '« {{session}} » ({{day, day}}, {{sessionStart}}) a besoin de l’équipement « $t(labels:equipment.{{equipment}}) », que la salle {{room}} n’a pas. Choisissez une salle équipée ou faites-le installer.',
      },
      'wrong-layout': {
        title: 'Disposition de salle inadaptée',
        message: '« {{session}} » ({{day, day}}, {{sessionStart}}) demande une disposition « $t(labels:layout.{{needed}}) » mais la salle {{room}} est en « $t(labels:layout.{{layout}}) ». Choisissez une autre salle ou changez sa disposition.',
      },
      'room-changeover': {
        title: 'Changement de salle trop court',
        message: 'Entre « {{first}} » (fin {{firstEnd}}) et « {{second}} » (début {{secondStart}}) en salle {{room}} le {{day, day}}, il reste {{gap}} min pour changer l’installation ; il en faut {{changeover}}. Laissez plus de temps entre les deux.',
      },
      'capacity-far-too-large': {
        title: 'Salle bien trop grande',
        message: '« {{session}} » ({{day, day}}, {{sessionStart}}) attend {{audience}} personnes dans la salle {{room}} de {{capacity}} places (moins d’un quart). Une salle plus petite serait plus conviviale.',
      },
      unscheduled: {
        title: 'Sessions non placées',
        message: '« {{session}} » n’est pas encore au programme. Faites-la glisser sur la grille.',
      },
      'missing-theme': {
        title: 'Sessions sans thème',
        message: '« {{session}} » n’a pas de thème. Choisissez-en un pour qu’elle apparaisse avec sa couleur.',
      },
      'tour-group-over-limit': {
        title: 'Groupe de visite trop grand',
        message: 'Le groupe « {{group}} » de « {{tour}} » compte {{size}} personnes pour {{limit}} au plus. Déplacez $t(common:count.person, {"count": {{extra}} }) dans un autre groupe.',
        pinned: 'Le groupe épinglé « {{group}} » de « {{tour}} » compte {{size}} personnes pour {{limit}} au plus, et un nouveau calcul n’y touchera pas : déplacez $t(common:count.person, {"count": {{extra}} }), ou désépinglez-le puis relancez « Recalculer ».',
      },
      'guide-two-groups': {
        title: 'Guide dans deux groupes à la fois',
        message: '{{guide}} guide « {{first}} » (départ {{firstStart}}) et « {{second}} » (départ {{secondStart}}), qui se chevauchent. Changez le guide d’un des groupes ou décalez son départ.',
        pinned: '{{guide}} guide « {{first}} » (départ {{firstStart}}) et « {{second}} » (départ {{secondStart}}), qui se chevauchent, et les deux groupes sont épinglés : désépinglez-en un puis relancez « Recalculer », ou changez son guide.',
      },
      'tour-registrant-without-group': {
        title: 'Inscrits à une visite sans groupe',
        message_one: '{{count}} personne inscrite à « {{tour}} » n’est dans aucun de ses groupes : personne ne la guidera. Ouvrez la vue Visites pour la placer dans un groupe.',
        message_other: '{{count}} personnes inscrites à « {{tour}} » ne sont dans aucun de ses groupes : personne ne les guidera. Ouvrez la vue Visites pour les répartir dans les groupes.',
      },
      'posters-exceed-faces': {
        title: 'Plus de posters que de faces',
        message: '{{posters}} posters pour $t(common:count.boardFace, {"count": {{faces}} }) : il manque $t(common:count.face, {"count": {{missing}} }). Ajoutez des panneaux au plan du hall.',
      },
      'face-double-assigned': {
        title: 'Deux posters sur une face',
        message: 'Le panneau {{board}}, face {{side}}, porte {{count}} posters : {{posters, titles}}. Déplacez-en vers une face libre.',
      },
      'highlighted-quota': {
        title: 'Posters mis en avant inégaux entre thèmes',
        message_one: 'Le thème « {{theme}} » a {{count}} poster mis en avant, d’autres thèmes en ont {{quota}}. Mettez-en {{missing}} de plus en avant pour équilibrer.',
        message_other: 'Le thème « {{theme}} » a {{count}} posters mis en avant, d’autres thèmes en ont {{quota}}. Mettez-en {{missing}} de plus en avant pour équilibrer.',
      },
      'presenter-busy-during-posters': {
        title: 'Présentateur de poster occupé pendant la session posters',
        message: '{{person}} présente « {{posters}} » mais est attendu·e à « {{session}} » ({{start}}–{{end}}) le {{day}}, pendant « {{posterSession}} » ({{posterStart}}–{{posterEnd}}). Déplacez « {{session}} », ou confiez le poster à un autre présentateur.',
      },
    },
    panel: {
      title: 'Problèmes',
      empty: 'Aucun problème : le programme respecte toutes les règles actives.',
      acknowledge: 'Accepter…',
      acknowledgeTitle: 'Accepter cet avertissement',
      noteLabel: 'Note (pourquoi c’est acceptable)',
      confirm: 'Accepter',
      cancel: 'Annuler',
      withdraw: 'Ne plus accepter',
      acknowledged: 'Accepté',
      acknowledgedNote: 'Accepté : {{note}}',
      select: 'Afficher dans le programme',
      settingsTitle: 'Règles',
      settingsHint: 'Réglages enregistrés dans le projet.',
      ruleEnabled: 'Active',
      ruleSeverity: 'Gravité',
      defaultSeverity: 'Par défaut ({{severity}})',
      summary: '$t(common:count.error, {"count": {{errors}} }), $t(common:count.warning, {"count": {{warnings}} }), $t(common:count.info, {"count": {{infos}} })',
      countsLabel: '$t(common:count.error, {"count": {{errors}} }), $t(common:count.warning, {"count": {{warnings}} }) — ouvrir les problèmes',
      checking: 'Vérification du programme…',
    },
    history: {
      acknowledge: 'Accepter un avertissement',
      withdraw: 'Retirer une acceptation',
      ruleSeverity: 'Changer la gravité d’une règle',
      ruleEnabled: 'Activer ou désactiver une règle',
    },
    edits: {
      unknownRule: 'La règle « {{rule}} » n’existe pas. Choisissez une règle de la liste.',
      emptyKey: 'Le problème à accepter n’est pas précisé. Choisissez-le dans la liste des problèmes.',
      noteTooLong: 'La note fait {{length}} caractères, {{max}} au plus. Raccourcissez-la.',
    },
    cli: {
      usage: 'Utilisation : regie check <fichier.regie> [--json]. Vérifie le programme ; sort avec le code 1 s’il y a des erreurs.',
      group: '{{title}} ({{count}})',
      acknowledged: '(accepté : {{note}})',
      none: 'Aucun problème trouvé dans {{file}}.',
      summary: '$t(common:count.error, {"count": {{errors}} }), $t(common:count.warning, {"count": {{warnings}} }), $t(common:count.info, {"count": {{infos}} }).',
    },
  },
  en: {
    severity: { error: 'Error', warning: 'Warning', info: 'Information' },
    severityPlural: { error: 'errors', warning: 'warnings', info: 'notes' },
    rules: {
      'room-double-booked': {
        title: 'Room double-booked',
        message: '“{{first}}” ({{firstStart}}–{{firstEnd}}) and “{{second}}” ({{secondStart}}–{{secondEnd}}) are both in {{room}} on {{day, day}}. Move one of them to another room or time.',
      },
      'person-double-booked': {
        title: 'Person in two places at once',
        message: '{{person}} is expected at “{{first}}” ({{firstStart}}–{{firstEnd}}) and at “{{second}}” ({{secondStart}}–{{secondEnd}}) on {{day, day}}. Move one of the sessions or give the role to someone else.',
        travel: '{{person}} finishes “{{first}}” at {{firstEnd}} ({{firstVenue}}) and is due at “{{second}}” at {{secondStart}} ({{secondVenue}}) on {{day, day}}: a {{gap}}-minute gap for {{travel}} minutes of travel. Leave at least {{travel}} minutes between them or give the role to someone else.',
      },
      'exclusive-overlap': {
        title: 'Plenary session overlapping another',
        message: '“{{first}}” ({{firstStart}}–{{firstEnd}}) is a plenary session, but “{{second}}” ({{secondStart}}–{{secondEnd}}) runs at the same time on {{day, day}} for the same audience. Move “{{second}}” before or after it.',
      },
      'audience-clash': {
        title: 'Registered for two sessions at once',
        message_one: '{{count}} participant is registered for both “{{first}}” ({{firstStart}}–{{firstEnd}}) and “{{second}}” ({{secondStart}}–{{secondEnd}}), which overlap on {{day, day}}. Move one of the sessions or tell this person.',
        message_other: '{{count}} participants are registered for both “{{first}}” ({{firstStart}}–{{firstEnd}}) and “{{second}}” ({{secondStart}}–{{secondEnd}}), which overlap on {{day, day}}. Move one of the sessions or tell these people.',
      },
      'capacity-too-small': {
        title: 'Room too small',
        message: '“{{session}}” ({{day, day}}, {{sessionStart}}–{{sessionEnd}}) expects {{audience}} people but {{room}} seats only {{capacity}}. Choose a larger room.',
      },
      'nested-outside-parent': {
        title: 'Talk outside its session',
        message: '“{{session}}” ({{room}}, {{day, day}}, {{sessionStart}}–{{sessionEnd}}) belongs to “{{parent}}” ({{parentRoom}}, {{parentDay, day}}, {{parentStart}}–{{parentEnd}}) but is outside its time or room. Put it back inside the session.',
        parentUnscheduled: '“{{session}}” is placed on {{day, day}} but its session “{{parent}}” is not on the programme yet. Place “{{parent}}” first.',
      },
      'outside-event-days': {
        title: 'Outside the event’s days',
        message: '“{{session}}” is placed on {{day, day}}, which is not a day of the event ({{days, days}}). Move it to one of those days or add the day to the event.',
      },
      'outside-opening-hours': {
        title: 'Outside opening hours',
        message: '“{{session}}” ({{sessionStart}}–{{sessionEnd}}, {{day, day}}) runs outside the opening hours of {{venue}} ({{hours}}). Start it earlier, shorten it, or have the hours extended.',
        closedThatDay: '“{{session}}” is placed on {{day, day}} but {{venue}} is closed that day. Move it to a day the venue is open.',
      },
      'room-unavailable': {
        title: 'Room unavailable',
        message: '{{room}} is only available {{hours}} on {{day, day}}; “{{session}}” ({{sessionStart}}–{{sessionEnd}}) goes beyond that. Move the session or book the room for longer.',
        closedThatDay: '{{room}} is not available on {{day, day}}, yet “{{session}}” is placed there. Choose another room or day.',
      },
      'person-unavailable': {
        title: 'Person unavailable',
        message: '{{person}} is only available {{hours}} on {{day, day}}, but speaks in “{{session}}” ({{sessionStart}}–{{sessionEnd}}). Move the session or check their availability.',
        absentThatDay: '{{person}} is not available on {{day, day}}, but speaks in “{{session}}” ({{sessionStart}}–{{sessionEnd}}). Move the session or find a replacement.',
      },
      'missing-equipment': {
        title: 'Missing equipment',
        message: '“{{session}}” ({{day, day}}, {{sessionStart}}) needs the equipment “$t(labels:equipment.{{equipment}})”, which {{room}} does not have. Choose an equipped room or have it installed.',
      },
      'wrong-layout': {
        title: 'Unsuitable room layout',
        message: '“{{session}}” ({{day, day}}, {{sessionStart}}) needs a “$t(labels:layout.{{needed}})” layout but {{room}} is set up as “$t(labels:layout.{{layout}})”. Choose another room or change its layout.',
      },
      'room-changeover': {
        title: 'Changeover too short',
        message: 'Between “{{first}}” (ends {{firstEnd}}) and “{{second}}” (starts {{secondStart}}) in {{room}} on {{day, day}} there are {{gap}} minutes to change the set-up; it needs {{changeover}}. Leave more time between them.',
      },
      'capacity-far-too-large': {
        title: 'Room far too large',
        message: '“{{session}}” ({{day, day}}, {{sessionStart}}) expects {{audience}} people in {{room}}, which seats {{capacity}} (under a quarter full). A smaller room would feel livelier.',
      },
      unscheduled: {
        title: 'Unscheduled sessions',
        message: '“{{session}}” is not on the programme yet. Drag it onto the grid.',
      },
      'missing-theme': {
        title: 'Sessions without a theme',
        message: '“{{session}}” has no theme. Choose one so it shows in its colour.',
      },
      'tour-group-over-limit': {
        title: 'Tour group too large',
        message: 'Group “{{group}}” of “{{tour}}” has {{size}} people for at most {{limit}}. Move $t(common:count.person, {"count": {{extra}} }) to another group.',
        pinned: 'Pinned group “{{group}}” of “{{tour}}” has {{size}} people for at most {{limit}}, and a re-plan will not touch it: move $t(common:count.person, {"count": {{extra}} }), or unpin it and press “Re-plan”.',
      },
      'guide-two-groups': {
        title: 'Guide in two groups at once',
        message: '{{guide}} guides “{{first}}” (leaves {{firstStart}}) and “{{second}}” (leaves {{secondStart}}), which overlap. Give one group another guide or move its departure.',
        pinned: '{{guide}} guides “{{first}}” (leaves {{firstStart}}) and “{{second}}” (leaves {{secondStart}}), which overlap, and both groups are pinned: unpin one and press “Re-plan”, or give it another guide.',
      },
      'tour-registrant-without-group': {
        title: 'Tour registrants in no group',
        message_one: '{{count}} person registered for “{{tour}}” is in none of its groups: nobody will guide them. Open the Tours view to put them in a group.',
        message_other: '{{count}} people registered for “{{tour}}” are in none of its groups: nobody will guide them. Open the Tours view to share them out among the groups.',
      },
      'posters-exceed-faces': {
        title: 'More posters than board faces',
        message: '{{posters}} posters for $t(common:count.boardFace, {"count": {{faces}} }): $t(common:count.face, {"count": {{missing}} }) short. Add boards to the hall plan.',
      },
      'face-double-assigned': {
        title: 'Two posters on one face',
        message: 'Board {{board}}, side {{side}}, carries {{count}} posters: {{posters, titles}}. Move some to a free face.',
      },
      'highlighted-quota': {
        title: 'Highlighted posters unequal between themes',
        message_one: 'Theme “{{theme}}” has {{count}} highlighted poster while other themes have {{quota}}. Highlight {{missing}} more to balance them.',
        message_other: 'Theme “{{theme}}” has {{count}} highlighted posters while other themes have {{quota}}. Highlight {{missing}} more to balance them.',
      },
      'presenter-busy-during-posters': {
        title: 'Poster presenter busy during the poster session',
        message: '{{person}} presents “{{posters}}” but is expected at “{{session}}” ({{start}}–{{end}}) on {{day}}, during “{{posterSession}}” ({{posterStart}}–{{posterEnd}}). Move “{{session}}”, or give the poster another presenter.',
      },
    },
    panel: {
      title: 'Problems',
      empty: 'No problems: the programme follows every active rule.',
      acknowledge: 'Accept…',
      acknowledgeTitle: 'Accept this warning',
      noteLabel: 'Note (why it is acceptable)',
      confirm: 'Accept',
      cancel: 'Cancel',
      withdraw: 'Stop accepting',
      acknowledged: 'Accepted',
      acknowledgedNote: 'Accepted: {{note}}',
      select: 'Show in the timetable',
      settingsTitle: 'Rules',
      settingsHint: 'Settings are saved in the project.',
      ruleEnabled: 'On',
      ruleSeverity: 'Severity',
      defaultSeverity: 'Default ({{severity}})',
      summary: '$t(common:count.error, {"count": {{errors}} }), $t(common:count.warning, {"count": {{warnings}} }), $t(common:count.info, {"count": {{infos}} })',
      countsLabel: '$t(common:count.error, {"count": {{errors}} }), $t(common:count.warning, {"count": {{warnings}} }) — open the problems',
      checking: 'Checking the plan…',
    },
    history: {
      acknowledge: 'Accept a warning',
      withdraw: 'Withdraw an acceptance',
      ruleSeverity: 'Change a rule’s severity',
      ruleEnabled: 'Turn a rule on or off',
    },
    edits: {
      unknownRule: 'There is no rule “{{rule}}”. Choose a rule from the list.',
      emptyKey: 'The problem to accept is not given. Choose it in the list of problems.',
      noteTooLong: 'The note has {{length}} characters, at most {{max}}. Shorten it.',
    },
    cli: {
      usage: 'Usage: regie check <file.regie> [--json]. Checks the programme; exits with code 1 when there are errors.',
      group: '{{title}} ({{count}})',
      acknowledged: '(accepted: {{note}})',
      none: 'No problems found in {{file}}.',
      summary: '$t(common:count.error, {"count": {{errors}} }), $t(common:count.warning, {"count": {{warnings}} }), $t(common:count.info, {"count": {{infos}} }).',
    },
  },
});

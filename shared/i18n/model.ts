/** Texts of the model area, French and English side by side so they stay in step. */
import { areaTexts } from './area-texts.ts';

export const model = areaTexts({
  fr: {
    open: {
      empty: 'le fichier est vide : ce n’est pas un projet Régie. Ouvrez une copie de sauvegarde.',
      notJson:
        'le fichier n’est pas du JSON valide (ligne {{line}}, colonne {{column}}, près de « {{near}} ») : il est abîmé ou ce n’est pas un projet Régie. Ouvrez une copie de sauvegarde, ou corrigez-le dans un éditeur de texte.',
      truncated:
        'le fichier s’arrête trop tôt (ligne {{line}}) : il a sans doute été coupé pendant une copie ou un enregistrement. Ouvrez une copie de sauvegarde.',
      notRegie:
        'ce n’est pas un fichier de projet Régie (il manque "format": "regie-project"). Choisissez un fichier .regie enregistré par Régie.',
      badVersion:
        'la version du format « {{value}} » n’est pas un nombre entier : le fichier est abîmé. Ouvrez une copie de sauvegarde.',
      negativeVersion:
        'la version du format est {{value}} : une version n’est jamais négative, le fichier est abîmé. Ouvrez une copie de sauvegarde, ou remettez "version": 1 dans un éditeur de texte.',
      newerVersion:
        'ce fichier vient d’une version plus récente de Régie (format {{version}} ; celle-ci lit jusqu’au format {{current}}). Il n’a pas été ouvert, pour ne rien perdre : mettez Régie à jour, puis ouvrez-le.',
      tooLarge:
        'le fichier pèse {{sizeMb}} Mo, au-delà des {{limitMb}} Mo qu’un projet Régie peut atteindre : ce n’est sans doute pas un projet. Vérifiez le fichier choisi.',
      notFound: 'le fichier est introuvable. Vérifiez son nom et son dossier.',
      noPermission: 'Régie n’a pas le droit de lire ce fichier. Demandez l’accès ou copiez-le dans un de vos dossiers.',
      isFolder: 'c’est un dossier, pas un fichier de projet. Choisissez un fichier .regie.',
      unreadable: 'le fichier n’a pas pu être lu ({{reason}}). Réessayez ; s’il est sur un disque réseau, copiez-le d’abord en local.',
      notUtf8:
        'le fichier n’est pas encodé en UTF-8 (octet illisible à la position {{position}}) : il est abîmé ou ce n’est pas un projet Régie. Ouvrez une copie de sauvegarde.',
    },
    field: {
      missing: 'champ obligatoire manquant : ajoutez-le.',
      number: 'nombre attendu, trouvé {{value}}.',
      positive: 'nombre positif attendu, trouvé {{value}}.',
      whole: 'nombre entier attendu, trouvé {{value}}.',
      zeroOrMore: 'nombre positif ou nul attendu, trouvé {{value}}.',
      atLeast: 'nombre d’au moins {{minimum}} attendu, trouvé {{value}}.',
      atMost: 'nombre d’au plus {{maximum}} attendu, trouvé {{value}}.',
      text: 'texte attendu, trouvé {{value}}.',
      boolean: 'true ou false attendu, trouvé {{value}}.',
      list: 'liste attendue, trouvé {{value}}.',
      object: 'objet attendu, trouvé {{value}}.',
      type: 'valeur de type « {{expected}} » attendue, trouvé {{value}}.',
      notEmpty: 'texte non vide attendu.',
      minLength: 'texte d’au moins $t(common:count.character, {"count": {{minimum}} }) attendu, trouvé {{value}}.',
      maxLength: 'texte d’au plus $t(common:count.character, {"count": {{maximum}} }) attendu.',
      minItems: 'il faut au moins $t(common:count.item, {"count": {{minimum}} }).',
      maxItems: 'il faut au plus $t(common:count.item, {"count": {{maximum}} }).',
      identifier: 'identifiant non vide attendu.',
      date: 'date au format AAAA-MM-JJ attendue, trouvé {{value}}.',
      time: 'heure au format HH:MM attendue, trouvé {{value}}.',
      colour: 'couleur au format #RRGGBB attendue, trouvé {{value}}.',
      name: 'nom attendu : il ne peut pas être vide.',
      lastName: 'nom de famille attendu : il ne peut pas être vide.',
      title: 'titre attendu : il ne peut pas être vide.',
      eventName: 'nom de l’événement attendu : il ne peut pas être vide.',
      atLeastOneDay: 'l’événement doit avoir au moins un jour.',
      atLeastOneFace: 'un panneau doit avoir au moins une face.',
      format: 'valeur "regie-project" attendue, trouvé {{value}}.',
      oneOf: 'une de ces valeurs attendue : {{values}} ; trouvé {{value}}.',
      pattern: 'valeur au format attendu requise, trouvé {{value}}.',
      invalid: 'valeur non valable : {{value}}.',
    },
    duplicateId:
      'l’identifiant « {{value}} » est déjà utilisé par {{first}} : chaque élément doit avoir le sien. Renommez l’un des deux dans le fichier.',
    repaired: {
      slotRoom: 'la salle « {{value}} » n’existe pas : la séance a été remise dans les séances à placer.',
      theme: 'le thème « {{value}} » n’existe pas : le thème a été retiré.',
      parent: 'la séance parente « {{value}} » n’existe pas : la séance est maintenant indépendante.',
      parentCycle:
        'ces séances sont parentes les unes des autres en boucle ({{sessions}}) : la première n’a plus de séance parente. Vérifiez l’imbrication dans le formulaire de la séance.',
      sessionPerson: 'la personne « {{value}} » n’existe pas : elle a été retirée des intervenants de la séance.',
      companion: 'l’accompagnant « {{value}} » n’est pas un participant : il a été retiré.',
      registration: 'l’option d’inscription « {{value}} » n’existe pas : elle a été retirée.',
      boardFace: 'la face de panneau « {{value}} » n’existe pas : le poster a été remis dans les posters à placer.',
      sharedFace:
        'la face de panneau « {{value}} » porte déjà le poster « {{other}} » : ce poster a été remis dans les posters à placer.',
      groupMember: 'le participant « {{value}} » n’existe pas : il a été retiré du groupe de visite.',
      guide: 'le guide « {{value}} » n’est pas dans la liste des personnes : il a été retiré.',
      session: 'la séance « {{value}} » n’existe pas : le lien a été retiré.',
      venue: 'le lieu « {{value}} » n’existe pas : le lien a été retiré.',
      room: 'la salle « {{value}} » n’existe pas : le lien a été retiré.',
      unknownField:
        'ce champ ne fait pas partie du format Régie : il a été laissé de côté et ne sera pas enregistré. Si le fichier vient d’une version plus récente de Régie, mettez Régie à jour au lieu d’enregistrer par-dessus.',
    },
    save: {
      failed:
        'l’enregistrement a échoué ({{reason}}). Le fichier précédent est intact. Vérifiez que le dossier existe et que vous pouvez y écrire, puis enregistrez de nouveau.',
      noSpace: 'le disque est plein. Le fichier précédent est intact ; libérez de la place puis enregistrez de nouveau.',
      noFolder: 'le dossier n’existe pas. Choisissez un autre emplacement.',
      noPermission: 'Régie n’a pas le droit d’écrire dans ce dossier. Choisissez un autre emplacement.',
    },
    cli: {
      validate: {
        usage: 'Utilisation : regie validate <fichier.regie>',
        ok: '{{file}} : projet Régie valide (format {{version}}) — $t(common:count.session, {"count": {{sessions}} }), $t(common:count.room, {"count": {{rooms}} }), $t(common:count.participant, {"count": {{participants}} }), $t(common:count.poster, {"count": {{posters}} }).',
        repaired_one: '{{count}} élément sera réparé à l’ouverture :',
        repaired_other: '{{count}} éléments seront réparés à l’ouverture :',
        invalid_one: '{{file}} : {{count}} problème empêche d’ouvrir ce projet. Corrigez-le dans le fichier (un éditeur de texte suffit) ou ouvrez une copie de sauvegarde :',
        invalid_other:
          '{{file}} : {{count}} problèmes empêchent d’ouvrir ce projet. Corrigez-les dans le fichier (un éditeur de texte suffit) ou ouvrez une copie de sauvegarde :',
      },
      info: {
        usage: 'Utilisation : regie info <fichier.regie> [--json]',
        event: '{{name}} — $t(common:count.day, {"count": {{days}} }) : {{dates, days}}',
        venues: 'Lieux : {{count}}',
        rooms: 'Salles : {{count}}',
        themes: 'Thèmes : {{count}}',
        people: 'Personnes : {{count}}',
        sessions: 'Séances : {{count}} (placées : {{scheduled}}, à placer : {{backlog}})',
        kind: '  {{kind}} : {{count}}',
        thematic: 'Sessions thématiques : {{count}}',
        thematicOne: '  {{title}} : $t(common:count.keynote, {"count": {{keynotes}} }) + $t(common:count.talk, {"count": {{talks}} })',
        hackathons: 'Hackathons : {{count}}',
        workshops: 'Ateliers : {{count}}',
        posters: 'Posters : {{count}} (placés : {{placed}}, mis en avant : {{highlighted}})',
        highlightedTheme: '  mis en avant, {{theme}} : {{count}}',
        noTheme: 'sans thème',
        participants: 'Participants : {{count}}',
        tours: 'Visites : {{count}}, groupes : {{groups}}',
        repairs_one: '{{count}} réparation faite à l’ouverture ; « regie validate » la détaille.',
        repairs_other: '{{count}} réparations faites à l’ouverture ; « regie validate » les détaille.',
      },
      sample: {
        usage: 'Utilisation : regie sample --out <fichier.regie> [--force]',
        written: 'Événement exemple écrit dans {{file}}.',
      },
      generate: {
        usage:
          'Utilisation : regie generate --out <fichier.regie> [--days 3 --rooms 40 --sessions 1500 --participants 10000 --posters 600 --seed 1] [--force]',
        badNumber: 'l’option --{{option}} attend un nombre entier d’au moins {{minimum}}, pas « {{value}} ».',
        written:
          'Événement synthétique écrit dans {{file}} : $t(common:count.day, {"count": {{days}} }), $t(common:count.room, {"count": {{rooms}} }), $t(common:count.session, {"count": {{sessions}} }), $t(common:count.participant, {"count": {{participants}} }), $t(common:count.poster, {"count": {{posters}} }) (graine {{seed}}).',
      },
      exists: '{{file}} existe déjà : rien n’a été écrit. Choisissez un autre nom, ou ajoutez --force pour le remplacer.',
    },
  },
  en: {
    open: {
      empty: 'the file is empty: it is not a Régie project. Open a backup copy.',
      notJson:
        'the file is not valid JSON (line {{line}}, column {{column}}, near “{{near}}”): it is damaged or not a Régie project. Open a backup copy, or fix it in a text editor.',
      truncated:
        'the file ends too early (line {{line}}): it was probably cut short during a copy or a save. Open a backup copy.',
      notRegie:
        'this is not a Régie project file ("format": "regie-project" is missing). Choose a .regie file saved by Régie.',
      badVersion: 'the format version “{{value}}” is not a whole number: the file is damaged. Open a backup copy.',
      negativeVersion:
        'the format version is {{value}}: a version is never negative, so the file is damaged. Open a backup copy, or put back "version": 1 in a text editor.',
      newerVersion:
        'this file comes from a newer Régie (format {{version}}; this one reads up to format {{current}}). It was not opened, so nothing is lost: update Régie, then open it.',
      tooLarge:
        'the file is {{sizeMb}} MB, beyond the {{limitMb}} MB a Régie project can reach: it is probably not a project. Check the file you chose.',
      notFound: 'the file was not found. Check its name and folder.',
      noPermission: 'Régie is not allowed to read this file. Ask for access or copy it into one of your folders.',
      isFolder: 'this is a folder, not a project file. Choose a .regie file.',
      unreadable: 'the file could not be read ({{reason}}). Try again; if it is on a network drive, copy it to your computer first.',
      notUtf8:
        'the file is not UTF-8 text (unreadable byte at position {{position}}): it is damaged or not a Régie project. Open a backup copy.',
    },
    field: {
      missing: 'required field is missing: add it.',
      number: 'expected a number, found {{value}}.',
      positive: 'expected a positive number, found {{value}}.',
      whole: 'expected a whole number, found {{value}}.',
      zeroOrMore: 'expected zero or more, found {{value}}.',
      atLeast: 'expected a number of at least {{minimum}}, found {{value}}.',
      atMost: 'expected a number of at most {{maximum}}, found {{value}}.',
      text: 'expected text, found {{value}}.',
      boolean: 'expected true or false, found {{value}}.',
      list: 'expected a list, found {{value}}.',
      object: 'expected an object, found {{value}}.',
      type: 'expected a value of type “{{expected}}”, found {{value}}.',
      notEmpty: 'expected non-empty text.',
      minLength: 'expected text of at least $t(common:count.character, {"count": {{minimum}} }), found {{value}}.',
      maxLength: 'expected text of at most $t(common:count.character, {"count": {{maximum}} }).',
      minItems: 'expected at least $t(common:count.item, {"count": {{minimum}} }).',
      maxItems: 'expected at most $t(common:count.item, {"count": {{maximum}} }).',
      identifier: 'expected a non-empty identifier.',
      date: 'expected a date as YYYY-MM-DD, found {{value}}.',
      time: 'expected a time as HH:MM, found {{value}}.',
      colour: 'expected a colour as #RRGGBB, found {{value}}.',
      name: 'expected a name: it cannot be empty.',
      lastName: 'expected a last name: it cannot be empty.',
      title: 'expected a title: it cannot be empty.',
      eventName: 'expected the event name: it cannot be empty.',
      atLeastOneDay: 'the event needs at least one day.',
      atLeastOneFace: 'a board needs at least one face.',
      format: 'expected "regie-project", found {{value}}.',
      oneOf: 'expected one of: {{values}}; found {{value}}.',
      pattern: 'the value does not have the expected form: {{value}}.',
      invalid: 'invalid value: {{value}}.',
    },
    duplicateId:
      'the id “{{value}}” is already used by {{first}}: each item needs its own. Rename one of them in the file.',
    repaired: {
      slotRoom: 'room “{{value}}” does not exist: the session was moved back to the sessions to schedule.',
      theme: 'theme “{{value}}” does not exist: the theme was cleared.',
      parent: 'parent session “{{value}}” does not exist: the session now stands on its own.',
      parentCycle:
        'these sessions are each other’s parents in a loop ({{sessions}}): the first one no longer has a parent session. Check the nesting in the session’s form.',
      sessionPerson: 'person “{{value}}” does not exist: removed from the session’s people.',
      companion: 'companion “{{value}}” is not a participant: removed.',
      registration: 'registration option “{{value}}” does not exist: removed.',
      boardFace: 'board face “{{value}}” does not exist: the poster was moved back to the posters to place.',
      sharedFace: 'board face “{{value}}” already holds poster “{{other}}”: this poster was moved back to the posters to place.',
      groupMember: 'participant “{{value}}” does not exist: removed from the tour group.',
      guide: 'guide “{{value}}” is not in the people list: removed.',
      session: 'session “{{value}}” does not exist: the link was cleared.',
      venue: 'venue “{{value}}” does not exist: the link was cleared.',
      room: 'room “{{value}}” does not exist: the link was cleared.',
      unknownField:
        'this field is not part of the Régie format: it was left out and will not be saved. If the file comes from a newer Régie, update Régie instead of saving over it.',
    },
    save: {
      failed:
        'saving failed ({{reason}}). The previous file is untouched. Check that the folder exists and that you may write to it, then save again.',
      noSpace: 'the disk is full. The previous file is untouched; free some space, then save again.',
      noFolder: 'the folder does not exist. Choose another place.',
      noPermission: 'Régie is not allowed to write in this folder. Choose another place.',
    },
    cli: {
      validate: {
        usage: 'Usage: regie validate <file.regie>',
        ok: '{{file}}: valid Régie project (format {{version}}) — $t(common:count.session, {"count": {{sessions}} }), $t(common:count.room, {"count": {{rooms}} }), $t(common:count.participant, {"count": {{participants}} }), $t(common:count.poster, {"count": {{posters}} }).',
        repaired_one: '{{count}} item will be repaired on opening:',
        repaired_other: '{{count}} items will be repaired on opening:',
        invalid_one: '{{file}}: {{count}} problem prevents opening this project. Fix it in the file (a text editor will do) or open a backup copy:',
        invalid_other:
          '{{file}}: {{count}} problems prevent opening this project. Fix them in the file (a text editor will do) or open a backup copy:',
      },
      info: {
        usage: 'Usage: regie info <file.regie> [--json]',
        event: '{{name}} — $t(common:count.day, {"count": {{days}} }): {{dates, days}}',
        venues: 'Venues: {{count}}',
        rooms: 'Rooms: {{count}}',
        themes: 'Themes: {{count}}',
        people: 'People: {{count}}',
        sessions: 'Sessions: {{count}} ({{scheduled}} scheduled, {{backlog}} to schedule)',
        kind: '  {{kind}}: {{count}}',
        thematic: 'Thematic sessions: {{count}}',
        thematicOne: '  {{title}}: $t(common:count.keynote, {"count": {{keynotes}} }) + $t(common:count.talk, {"count": {{talks}} })',
        hackathons: 'Hackathons: {{count}}',
        workshops: 'Workshops: {{count}}',
        posters: 'Posters: {{count}} ({{placed}} placed), {{highlighted}} highlighted',
        highlightedTheme: '  highlighted, {{theme}}: {{count}}',
        noTheme: 'no theme',
        participants: 'Participants: {{count}}',
        tours: 'Tours: {{count}}, groups: {{groups}}',
        repairs_one: '{{count}} repair made on opening; “regie validate” shows it.',
        repairs_other: '{{count}} repairs made on opening; “regie validate” lists them.',
      },
      sample: {
        usage: 'Usage: regie sample --out <file.regie> [--force]',
        written: 'Sample event written to {{file}}.',
      },
      generate: {
        usage:
          'Usage: regie generate --out <file.regie> [--days 3 --rooms 40 --sessions 1500 --participants 10000 --posters 600 --seed 1] [--force]',
        badNumber: 'option --{{option}} expects a whole number of at least {{minimum}}, not “{{value}}”.',
        written:
          'Synthetic event written to {{file}}: $t(common:count.day, {"count": {{days}} }), $t(common:count.room, {"count": {{rooms}} }), $t(common:count.session, {"count": {{sessions}} }), $t(common:count.participant, {"count": {{participants}} }), $t(common:count.poster, {"count": {{posters}} }) (seed {{seed}}).',
      },
      exists: '{{file}} already exists: nothing was written. Choose another name, or add --force to replace it.',
    },
  },
});

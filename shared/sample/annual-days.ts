/** The programme of the annual days (14–15 October) at the Pôle Formation: what the seed lists, placed in time. */
import type { Session } from '../model/schema.ts';
import type { Attendance } from './attendance.ts';
import { SESSION } from './ids.ts';
import { syntheticIds } from './people.ts';
import { projectOf } from './projects.ts';
import { after, PLACEMENT_ASSUMED, session, STAGE } from './session.ts';
import { DAYS, ROOM, THEMES } from './venues.ts';

const ANNUAL = ['annual-days'] as const;
const ON_SITE = ['annual-days', 'engineers-seminar'] as const;
const KEYNOTE_MINUTES = 30;
const TALK_MINUTES = 20;

/** Keynote speakers in the seed's order, one per theme in the same order: the pairing is assumed. */
const THEME_KEYNOTES = ['person-tanter', 'person-lorenzi', 'person-babykina', 'person-hernandez'] as const;

/** Synthetic talks by PhD students and postdocs of the targeted projects (assumed), three per theme. */
const TALK_TITLES: readonly (readonly string[])[] = [
  ['Cohortes et entrepôts : suivre les patients dans le temps', 'Apprendre des trajectoires de soins irrégulières', 'Stratifier les patients à partir de données répétées'],
  ['Du signal ECG brut au diagnostic assisté', 'Imagerie ultrasonore et apprentissage profond', 'Interpréter l’IRM : incertitude et explicabilité'],
  ['Jumeau numérique du patient en réanimation', 'Jumeaux organisationnels et parcours hospitaliers', 'Valider un jumeau numérique : quelles preuves ?'],
  ['Fédérer l’apprentissage entre hôpitaux', 'Confidentialité différentielle en pratique clinique', 'Évaluer la fuite d’information des modèles partagés'],
];

const SCHEDULE: readonly { day: string; start: string }[] = [
  { day: DAYS.first, start: '10:10' },
  { day: DAYS.first, start: '14:30' },
  { day: DAYS.second, start: '09:00' },
  { day: DAYS.second, start: '16:30' },
];

function thematicSessions(attendance: Attendance): Session[] {
  const speakers = syntheticIds('talk-speaker');
  return THEMES.flatMap((theme, index) => {
    const { day, start } = SCHEDULE[index] as { day: string; start: string };
    const parentId = `session-theme-${index + 1}`;
    const expectedAudience = day === DAYS.first ? attendance.firstDay : attendance.secondDay;
    const common = { themeId: theme.id, expectedAudience, audience: ANNUAL, roomId: ROOM.amphiA, day, ...STAGE };
    const keynoteSpeaker = THEME_KEYNOTES[index] as string;
    return [
      session({
        ...common,
        id: parentId,
        kind: 'thematic-session',
        title: `Session thématique ${index + 1} — ${theme.name}`,
        durationMinutes: KEYNOTE_MINUTES + 3 * TALK_MINUTES,
        start,
        description: 'Une keynote d’expert puis trois présentations de doctorants et post-doctorants des projets ciblés.',
      }),
      session({
        ...common,
        id: `${parentId}-keynote`,
        kind: 'keynote',
        title: `Keynote — ${theme.name}`,
        durationMinutes: KEYNOTE_MINUTES,
        people: [[keynoteSpeaker, 'speaker']],
        parentId,
        start,
        description: 'Le texte source cite les quatre keynotes dans cet ordre ; leur attribution aux thèmes est supposée.',
        assumed: [...PLACEMENT_ASSUMED, 'title', 'parentId', 'themeId'],
      }),
      ...(TALK_TITLES[index] ?? []).map((title, talk) =>
        session({
          ...common,
          id: `${parentId}-talk-${talk + 1}`,
          kind: 'talk',
          title,
          durationMinutes: TALK_MINUTES,
          people: [[speakers[index * 3 + talk] as string, 'speaker']],
          parentId,
          start: after(start, KEYNOTE_MINUTES + talk * TALK_MINUTES),
          description: `Projet ciblé ${projectOf(index, talk)} (supposé).`,
          assumed: [...PLACEMENT_ASSUMED, 'title', 'people', 'description'],
        }),
      ),
    ];
  });
}

function sasnSession(attendance: Attendance): Session[] {
  const parentId = 'session-sasn';
  const common = { expectedAudience: attendance.firstDay, audience: ANNUAL, roomId: ROOM.amphiA, day: DAYS.first, ...STAGE };
  const start = '16:30';
  const illustrations = [
    { id: 'caps-ul', title: 'CMA – Compétences et Métiers d’Avenir : CAPS’UL, Campus Participatif en Santé numérique', people: ['person-sobanski'] },
    { id: 'in-citu', title: 'Tiers-Lieux d’Expérimentation : IN-CITU, l’évaluation en vie réelle des solutions de santé numérique', people: ['person-pelayo'] },
    { id: 'comsan', title: 'COMS@N – COnsortium pour la Maturation en Santé Numérique (pré-maturation / maturation)', people: ['person-barth', 'person-mohamed'] },
  ];
  // One parent and four children: the strategy, then the three illustrations, back to back.
  return [
    session({ ...common, id: parentId, kind: 'institutional', title: 'Stratégie d’Accélération Santé Numérique (SASN)', durationMinutes: 65, start }),
    session({
      ...common,
      id: `${parentId}-strategy`,
      kind: 'talk',
      title: 'Les avancées de la SASN et les actions à venir',
      durationMinutes: 20,
      people: [['person-perchant', 'speaker']],
      parentId,
      start,
    }),
    ...illustrations.map((item, index) =>
      session({
        ...common,
        id: `${parentId}-${item.id}`,
        kind: 'talk',
        title: item.title,
        durationMinutes: 15,
        people: item.people.map((personId) => [personId, 'speaker'] as const),
        parentId,
        start: after(start, 20 + index * 15),
      }),
    ),
  ];
}

const WORKSHOPS = [
  { title: 'Atelier 1 : Comment l’ingénierie s’articule avec la recherche ?', people: ['person-vaillant'], themeId: null },
  { title: 'Atelier 2 : Programme Horizon Europe – renforcer mes recherches grâce aux financements européens', people: ['person-vaudry', 'person-dominguez'], themeId: null },
  { title: 'Atelier 3 : Jumeaux numériques organisationnels', people: ['person-garaix'], themeId: 'theme-digital-twins' },
];

function workshops(attendance: Attendance): Session[] {
  return WORKSHOPS.map((workshop, index) =>
    session({
      id: SESSION.workshops[index] as string,
      kind: 'workshop',
      title: workshop.title,
      themeId: workshop.themeId,
      durationMinutes: 90,
      expectedAudience: attendance.workshops[index] ?? 0,
      audience: ANNUAL,
      people: workshop.people.map((personId) => [personId, 'moderator'] as const),
      equipment: ['projector', 'whiteboard'],
      layout: 'cabaret',
      roomId: ROOM.workshops[index] as string,
      day: DAYS.second,
      start: '14:30',
      description: 'Trois ateliers en parallèle, sur inscription.',
    }),
  );
}

/** Coffee breaks and lunches, shared with the engineers who are on site the same days. */
function breaksAndMeals(attendance: Attendance): Session[] {
  const catering = { equipment: ['catering-area'] as const, audience: ON_SITE, roomId: ROOM.catering };
  const days = [
    { day: DAYS.first, onSite: attendance.firstDayOnSite, breaks: [['08:30', 45, 'Accueil et café'], ['11:40', 30, 'Pause café'], ['16:00', 30, 'Pause café']] as const },
    { day: DAYS.second, onSite: attendance.secondDayOnSite, breaks: [['08:30', 30, 'Accueil et café'], ['10:30', 30, 'Pause café'], ['16:00', 30, 'Pause café']] as const },
  ];
  return days.flatMap(({ day, onSite, breaks }, dayIndex) => [
    ...breaks.map(([start, durationMinutes, title], index) =>
      session({ ...catering, id: `session-break-${dayIndex + 1}-${index + 1}`, kind: 'break', title, durationMinutes, expectedAudience: onSite, day, start }),
    ),
    session({ ...catering, id: `session-lunch-${dayIndex + 1}`, kind: 'meal', title: 'Déjeuner', durationMinutes: 75, expectedAudience: onSite, day, start: '13:00' }),
    // Lunch is when people walk through the posters, shown in the grand hall for both days.
    session({
      id: `session-posters-${dayIndex + 1}`,
      kind: 'poster-session',
      title: 'Session posters (35 posters des projets ciblés)',
      durationMinutes: 75,
      expectedAudience: day === DAYS.first ? attendance.firstDay : attendance.secondDay,
      audience: ANNUAL,
      equipment: ['poster-boards'],
      layout: 'hall',
      roomId: ROOM.hall,
      day,
      start: '13:00',
    }),
  ]);
}

export function annualDaysSessions(attendance: Attendance, highlightedPresenters: readonly string[]): Session[] {
  const plenary = { audience: ANNUAL, roomId: ROOM.amphiA, ...STAGE };
  return [
    session({
      ...plenary,
      id: 'session-opening',
      kind: 'institutional',
      title: 'Ouverture des Journées annuelles',
      durationMinutes: 45,
      expectedAudience: attendance.firstDay,
      people: [
        ['person-lacroix', 'host'],
        ['person-buee', 'speaker'],
        ['person-huot', 'speaker'],
        ['person-senhadji', 'speaker'],
        ['person-gesnouin', 'speaker'],
        ['person-redon', 'speaker'],
      ],
      day: DAYS.first,
      start: '09:15',
      description:
        'Mot de bienvenue du doyen de l’UFR3S ; accueil par les représentants locaux des pilotes (Inserm, Inria) ; les pilotes scientifiques au nom du Comité de pilotage ; présentation du programme scientifique par Richard Redon.',
    }),
    ...thematicSessions(attendance),
    session({
      ...plenary,
      id: 'session-keynote-maumet',
      kind: 'keynote',
      title: 'Keynote transverse — Reproductibilité et science ouverte',
      durationMinutes: 45,
      expectedAudience: attendance.firstDay,
      people: [['person-maumet', 'speaker']],
      day: DAYS.first,
      start: '12:10',
    }),
    ...sasnSession(attendance),
    session({
      ...plenary,
      id: 'session-keynote-orgerie',
      kind: 'keynote',
      title: 'Keynote transverse — Frugalité et santé numérique',
      durationMinutes: 45,
      expectedAudience: attendance.secondDay,
      people: [['person-orgerie', 'speaker']],
      day: DAYS.second,
      start: '11:00',
    }),
    session({
      ...plenary,
      id: 'session-poster-plenary',
      kind: 'plenary',
      title: 'Plénière posters : les 12 posters mis en avant',
      durationMinutes: 60,
      expectedAudience: attendance.secondDay,
      people: highlightedPresenters.map((personId) => [personId, 'speaker'] as const),
      day: DAYS.second,
      start: '11:55',
      description: 'Trois posters par thématique, retenus par le comité de sélection, présentés en cinq minutes chacun.',
    }),
    ...workshops(attendance),
    ...breaksAndMeals(attendance),
  ];
}

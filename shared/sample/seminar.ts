/** The Inria engineers' seminar (13–15 October): half a day of talks, then the five hackathons in parallel. */
import type { Session } from '../model/schema.ts';
import type { Attendance } from './attendance.ts';
import { SESSION } from './ids.ts';
import { syntheticIds } from './people.ts';
import { session, STAGE } from './session.ts';
import { DAYS, ROOM, THEME } from './venues.ts';

const ENGINEERS = ['engineers-seminar'] as const;

/** The seed's five hackathons; the themes they touch are assumed. */
const HACKATHONS = [
  { title: 'Hackathon — Empaquetage avec Guix', themeId: null },
  { title: 'Hackathon — Atelier MONAI avec Kitware', themeId: THEME.signal },
  { title: 'Hackathon — Analyse de comptes rendus médicaux avec l’EDS du CHU de Bordeaux', themeId: THEME.longitudinal },
  { title: 'Hackathon — Apprentissage fédéré avec Fed-BioMed', themeId: THEME.federated },
  { title: 'Hackathon — Extension DICOM pour l’EEG', themeId: THEME.signal },
];

export function seminarSessions(attendance: Attendance): Session[] {
  const speakers = syntheticIds('seminar-speaker');
  const hosts = syntheticIds('hackathon-host');
  const amphi = { expectedAudience: attendance.engineers, audience: ENGINEERS, roomId: ROOM.amphiB, ...STAGE };
  return [
    session({
      ...amphi,
      id: 'session-seminar-welcome',
      kind: 'institutional',
      title: 'Accueil du Séminaire SantéNum des ingénieurs',
      durationMinutes: 20,
      people: [[speakers[0] as string, 'host']],
      day: DAYS.seminar,
      start: '13:30',
    }),
    session({
      ...amphi,
      id: 'session-seminar-talks-1',
      kind: 'plenary',
      title: 'Présentations et retours d’expérience (1)',
      durationMinutes: 90,
      people: speakers.slice(0, 3).map((personId) => [personId, 'speaker'] as const),
      day: DAYS.seminar,
      start: '14:00',
      assumed: ['slot', 'durationMinutes', 'expectedAudience', 'needs', 'people'],
    }),
    session({
      id: 'session-seminar-break',
      kind: 'break',
      title: 'Pause café',
      durationMinutes: 30,
      expectedAudience: attendance.engineers,
      audience: ENGINEERS,
      equipment: ['catering-area'],
      roomId: ROOM.foyer,
      day: DAYS.seminar,
      start: '15:30',
    }),
    session({
      ...amphi,
      id: 'session-seminar-talks-2',
      kind: 'plenary',
      title: 'Présentations et retours d’expérience (2) et lancement des hackathons',
      durationMinutes: 90,
      people: [...speakers.slice(3), ...hosts].map((personId) => [personId, 'speaker'] as const),
      day: DAYS.seminar,
      start: '16:00',
      assumed: ['slot', 'durationMinutes', 'expectedAudience', 'needs', 'people'],
    }),
    // One session per hackathon on the full middle day; the seed says they ran in parallel, not when.
    ...HACKATHONS.map((hackathon, index) =>
      session({
        id: SESSION.hackathons[index] as string,
        kind: 'hackathon',
        title: hackathon.title,
        themeId: hackathon.themeId,
        durationMinutes: 510,
        expectedAudience: attendance.hackathons[index] ?? 0,
        audience: ENGINEERS,
        people: [[hosts[index] as string, 'host']],
        equipment: ['projector', 'wifi', 'power-sockets'],
        layout: 'cabaret',
        roomId: ROOM.labs[index] as string,
        day: DAYS.first,
        start: '09:00',
        description: 'Sur inscription ; déjeuner pris à l’Espace restauration avec les Journées annuelles.',
        assumed: ['slot', 'durationMinutes', 'expectedAudience', 'needs', 'people', 'themeId'],
      }),
    ),
    session({
      ...amphi,
      id: 'session-seminar-hackathon-results',
      kind: 'plenary',
      title: 'Restitution des hackathons',
      durationMinutes: 90,
      people: hosts.map((personId) => [personId, 'speaker'] as const),
      day: DAYS.second,
      start: '09:00',
      description: 'Non cité par le texte source : clôture supposée du séminaire avant de rejoindre les Journées annuelles.',
      assumed: ['title', 'slot', 'durationMinutes', 'expectedAudience', 'needs', 'people'],
    }),
  ];
}

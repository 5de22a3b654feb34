/** The event itself: names, days and what people could register for. */
import type { RegieEvent, RegistrationOption } from '../model/schema.ts';
import { OPTION, SESSION } from './ids.ts';
import { DAYS, EVENT_DAYS } from './venues.ts';

const WORKSHOP_LABELS = [
  'Atelier 1 : ingénierie et recherche',
  'Atelier 2 : Horizon Europe',
  'Atelier 3 : jumeaux numériques organisationnels',
];
const HACKATHON_LABELS = ['Hackathon Guix', 'Hackathon MONAI (Kitware)', 'Hackathon EDS du CHU de Bordeaux', 'Hackathon Fed-BioMed', 'Hackathon DICOM pour l’EEG'];

const option = (id: string, label: string, kind: RegistrationOption['kind'], sessionId: string | null, day: string | null): RegistrationOption => ({
  id,
  label,
  kind,
  sessionId,
  day,
});

const REGISTRATION_OPTIONS: RegistrationOption[] = [
  option(OPTION.firstDay, 'Journées annuelles — 14 octobre', 'day', null, DAYS.first),
  option(OPTION.secondDay, 'Journées annuelles — 15 octobre', 'day', null, DAYS.second),
  option(OPTION.seminar, 'Séminaire SantéNum des ingénieurs (13–15 octobre)', 'seminar', null, null),
  // The evening starts with its public sequence: the tour and the cocktail follow it.
  option(OPTION.socialEvening, 'Soirée sociale au Palais de la Bourse', 'social-evening', SESSION.publicSequence, DAYS.first),
  option(OPTION.tour, 'Visite guidée du Palais de la Bourse', 'tour', SESSION.tour, DAYS.first),
  ...WORKSHOP_LABELS.map((label, index) => option(OPTION.workshops[index] as string, label, 'workshop', SESSION.workshops[index] as string, DAYS.second)),
  ...HACKATHON_LABELS.map((label, index) => option(OPTION.hackathons[index] as string, label, 'hackathon', SESSION.hackathons[index] as string, DAYS.first)),
];

export const SAMPLE_EVENT: RegieEvent = {
  name: 'Journées annuelles du PEPR Santé Numérique 2025',
  shortName: 'PEPR SantéNum 2025',
  timeZone: 'Europe/Paris',
  locale: 'fr',
  days: EVENT_DAYS,
  registrationOptions: REGISTRATION_OPTIONS,
  description:
    'Deuxième édition des Journées annuelles du programme de recherche Santé Numérique, les 14 et 15 octobre 2025 au ' +
    'Pôle Formation de l’UFR3S à Lille, plus de 200 participants ; en parallèle (13–15 octobre), le Séminaire des ' +
    'ingénieurs en santé numérique organisé par Inria (45 ingénieurs). Supposé (absent du texte source) : les horaires, ' +
    'les salles et leurs capacités, l’attribution des keynotes aux thèmes, les titres et orateurs des présentations, ' +
    'les posters, les participants, les guides et les groupes de visite.',
  assumed: ['registrationOptions'],
};

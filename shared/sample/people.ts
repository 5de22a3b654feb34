/** The people on the programme: everyone the seed names, plus synthetic speakers, hosts and guides (assumed). */
import type { Person, TimeWindow } from '../model/schema.ts';
import { DAYS } from './venues.ts';
import { emailBook, syntheticName } from './names.ts';
import { createRandom } from './random.ts';

const named = (id: string, firstName: string, lastName: string, affiliation: string, availability: TimeWindow[] = []): Person => ({
  id,
  firstName,
  lastName,
  affiliation,
  email: '',
  availability,
  // The seed gives names and affiliations, never an e-mail or a timetable of availability.
  assumed: availability.length > 0 ? ['email', 'availability'] : ['email'],
});

/** Everyone the seed text names, with the affiliation as the seed gives it. */
export const SEED_PEOPLE: Person[] = [
  named('person-lacroix', 'Dominique', 'Lacroix', 'Doyen de l’UFR3S, Université de Lille'),
  named('person-buee', 'Luc', 'Buée', 'Inserm (référent scientifique)'),
  named('person-huot', 'Stéphane', 'Huot', 'Centre Inria de l’Université de Lille'),
  named('person-senhadji', 'Lotfi', 'Senhadji', 'Université de Rennes, pour l’Inserm'),
  named('person-gesnouin', 'Philippe', 'Gesnouin', 'Inria, Programme numérique en santé'),
  named('person-redon', 'Richard', 'Redon', 'Institut du Thorax (Inserm)'),
  named('person-tanter', 'Mickaël', 'Tanter', 'Inserm, Institut Physics for Medicine, Paris'),
  named('person-lorenzi', 'Marco', 'Lorenzi', 'Inria, équipe EPIONE, Université Côte d’Azur'),
  named('person-babykina', 'Evgénia', 'Babykina', 'Université de Lille'),
  named('person-hernandez', 'Alfredo', 'Hernandez', 'Inserm, LTSI U1099, Université de Rennes'),
  named('person-maumet', 'Camille', 'Maumet', 'Équipe Empenn (Inria, Inserm, CNRS, Université de Rennes 1)'),
  named('person-orgerie', 'Anne-Cécile', 'Orgerie', 'CNRS, équipe Magellan (IRISA, Rennes)', [{ day: DAYS.second, start: '08:00', end: '14:00' }]),
  named('person-vaillant', 'Ghislain', 'Vaillant', 'UMR HeKA (Inserm, Inria, Université Paris Cité)'),
  named('person-vaudry', 'David', 'Vaudry', 'Inserm, DPRE – Politique d’influence à l’Europe'),
  named('person-dominguez', 'Victoria', 'Dominguez Del Angel', 'Inria (Scientific Project Manager)'),
  named('person-garaix', 'Thierry', 'Garaix', 'École des Mines Saint-Étienne, département I4S (projet SAFEPAW)'),
  named('person-perchant', 'Aymeric', 'Perchant', 'Coordinateur interministériel de la SASN', [{ day: DAYS.first, start: '14:00', end: '19:00' }]),
  named('person-sobanski', 'Vincent', 'Sobanski', 'Université de Lille'),
  named('person-pelayo', 'Sylvia', 'Pelayo', 'Université de Lille, CIC-IT du CHU de Lille'),
  named('person-barth', 'Séverine', 'Barth', 'Inserm Transfert'),
  named('person-mohamed', 'Yousra', 'Mohamed Abd-El-Halim', 'SATT Sud-Est'),
];

export type SyntheticGroup = 'talk-speaker' | 'seminar-speaker' | 'hackathon-host' | 'guide' | 'poster-presenter';

const GROUP_SIZES: Record<SyntheticGroup, number> = {
  'talk-speaker': 12,
  'seminar-speaker': 6,
  'hackathon-host': 5,
  guide: 5,
  'poster-presenter': 35,
};

/** Ids of the synthetic people of one group, in order: `person-guide-1`, `person-guide-2`… */
export const syntheticIds = (group: SyntheticGroup): string[] =>
  Array.from({ length: GROUP_SIZES[group] }, (_, index) => `person-${group}-${index + 1}`);

/** Guides come from the Palais; hackathon hosts from the partners the seed names. */
const FIXED_AFFILIATIONS: Partial<Record<SyntheticGroup, readonly string[]>> = {
  guide: ['Palais de la Bourse – CCI Grand Lille'],
  'hackathon-host': ['Inria (Guix)', 'Kitware', 'EDS du CHU de Bordeaux', 'Inria (Fed-BioMed)', 'Inria'],
};

function syntheticPeople(): Person[] {
  const random = createRandom(2025_10_13);
  const email = emailBook();
  const groups = Object.keys(GROUP_SIZES) as SyntheticGroup[];
  return groups.flatMap((group) =>
    syntheticIds(group).map((id, index) => {
      const name = syntheticName(random, group === 'guide' ? 0 : 0.1);
      const fixed = FIXED_AFFILIATIONS[group];
      const affiliation = fixed ? (fixed[index % fixed.length] as string) : name.affiliation.name;
      return {
        id,
        firstName: name.firstName,
        lastName: name.lastName,
        affiliation,
        email: email(name.firstName, name.lastName, fixed ? 'example.org' : name.affiliation.domain),
        availability: [],
        assumed: ['firstName', 'lastName', 'affiliation', 'email'],
      };
    }),
  );
}

export const samplePeople = (): Person[] => [...SEED_PEOPLE, ...syntheticPeople()];

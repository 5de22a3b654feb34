/**
 * About 245 synthetic registrants (assumed): 200 for the annual days and the 45 engineers of the seminar, some of
 * whom also attend the second annual day. Quotas are fixed so that rooms and tour groups can be sized for them.
 */
import { saysStepFree } from '../model/step-free.ts';
import type { Diet, Participant } from '../model/schema.ts';
import { OPTION } from './ids.ts';
import { emailBook, syntheticName } from './names.ts';
import { createRandom, type Random } from './random.ts';

export const ANNUAL_DAYS_ONLY = 200;
export const ENGINEERS = 45;

const ROLES = [
  'Doctorant·e', 'Doctorant·e', 'Post-doctorant·e', 'Chercheur·e', 'Enseignant·e-chercheur·e', 'Ingénieur·e de recherche',
  'Praticien·ne hospitalier·e', 'Chef·fe de projet', 'Étudiant·e UFR3S', 'Responsable de valorisation',
] as const;
const ENGINEER_ROLES = ['Ingénieur·e de recherche', 'Ingénieur·e d’études', 'Ingénieur·e de développement', 'Ingénieur·e R&D'] as const;

const ALLERGIES = ['Arachides', 'Fruits à coque', 'Crustacés', 'Lactose', 'Œufs'] as const;
const ACCESSIBILITY = [
  'Fauteuil roulant : accès de plain-pied nécessaire',
  'Malentendant·e : boucle magnétique souhaitée',
  'Mobilité réduite : éviter les escaliers pendant la visite',
  'Malvoyant·e : documents en grands caractères',
] as const;
const NOTES = ['Arrivée tardive le premier jour', 'Départ à 16 h le dernier jour', 'Facture au nom du laboratoire', 'Photographe du projet'] as const;

function diet(random: Random): Diet {
  const roll = random.next();
  if (roll < 0.8) return 'none';
  if (roll < 0.88) return 'vegetarian';
  if (roll < 0.91) return 'vegan';
  if (roll < 0.95) return 'halal';
  if (roll < 0.98) return 'gluten-free';
  return 'kosher';
}

/** What annual-days registrant number `index` (0–199) signed up for, by fixed quotas. */
function annualRegistrations(index: number, workshopTurn: () => number): string[] {
  const options: string[] = [];
  if (index < 185) options.push(OPTION.firstDay);
  if (index < 170 || index >= 185) options.push(OPTION.secondDay);
  if (index < 165) options.push(OPTION.socialEvening);
  if (index < 140) options.push(OPTION.tour);
  if (options.includes(OPTION.secondDay)) {
    // Three in four of those present on the second day chose one workshop, in turn.
    const turn = workshopTurn();
    const workshop = OPTION.workshops[turn % 4];
    if (workshop) options.push(workshop);
  }
  return options;
}

/** Engineer number `index` (0–44): the seminar and one hackathon; some also join the annual days. */
function engineerRegistrations(index: number): string[] {
  const options: string[] = [OPTION.seminar, OPTION.hackathons[index % 5] as string];
  if (index < 10) options.push(OPTION.secondDay);
  if (index < 12) options.push(OPTION.socialEvening);
  if (index < 8) options.push(OPTION.tour);
  return options;
}

/** Pairs who came together: the same registrations, so they can stay together in a tour group. */
const COMPANION_PAIRS: readonly (readonly [number, number])[] = [
  [0, 1], [12, 13], [24, 25], [36, 37], [48, 49], [60, 61], [72, 73], [84, 85], [96, 97], [108, 109],
  [120, 121], [150, 151], [190, 191],
];

export function sampleParticipants(): Participant[] {
  const random = createRandom(2025_10_14);
  const email = emailBook();
  let workshopCounter = 0;
  const workshopTurn = () => workshopCounter++;
  const drafts = Array.from({ length: ANNUAL_DAYS_ONLY + ENGINEERS }, (_, index) => {
    const engineer = index >= ANNUAL_DAYS_ONLY;
    const name = syntheticName(random, engineer ? 0.05 : 0.1);
    const affiliation = engineer && random.chance(0.6) ? { name: 'Inria', domain: 'inria.fr' } : name.affiliation;
    return {
      firstName: name.firstName,
      lastName: name.lastName,
      email: email(name.firstName, name.lastName, affiliation.domain),
      affiliation: affiliation.name,
      role: engineer ? random.pick(ENGINEER_ROLES) : random.pick(ROLES),
      language: name.language,
      // Researchers in France follow a visit in English too; international guests follow English only (assumed).
      otherLanguages: name.language === 'fr' ? ['en'] : [],
      registrations: engineer ? engineerRegistrations(index - ANNUAL_DAYS_ONLY) : annualRegistrations(index, workshopTurn),
      companionIds: [] as string[],
      diet: diet(random),
      allergies: random.chance(0.03) ? random.pick(ALLERGIES) : '',
      accessibility: random.chance(0.02) ? random.pick(ACCESSIBILITY) : '',
      notes: random.chance(0.03) ? random.pick(NOTES) : '',
      importedValues: {},
      toCheck: [],
    };
  });
  // A companion shares the days, the evening and the tour of the person they came with, and their language.
  const workshops = new Set<string>(OPTION.workshops);
  for (const [first, second] of COMPANION_PAIRS) {
    const a = drafts[first];
    const b = drafts[second];
    if (!a || !b) continue;
    const ownWorkshop = b.registrations.filter((option) => workshops.has(option));
    const hasSecondDay = a.registrations.includes(OPTION.secondDay);
    b.registrations = [...a.registrations.filter((option) => !workshops.has(option)), ...(hasSecondDay ? ownWorkshop : [])];
    b.language = a.language;
    b.otherLanguages = a.otherLanguages;
  }
  // Registration numbers follow the order people signed up in, not the quotas above.
  const order = random.shuffle(drafts.map((_, index) => index));
  const idOf = new Map(order.map((draftIndex, position) => [draftIndex, `participant-${String(position + 1).padStart(3, '0')}`]));
  for (const [first, second] of COMPANION_PAIRS) {
    drafts[first]?.companionIds.push(idOf.get(second) as string);
    drafts[second]?.companionIds.push(idOf.get(first) as string);
  }
  return order.map((draftIndex) => {
    const draft = drafts[draftIndex] as (typeof drafts)[number];
    return { id: idOf.get(draftIndex) as string, ...draft, stepFree: saysStepFree(draft.accessibility) };
  });
}

/** How many registrants chose an option: what rooms and catering are sized from. */
export function countRegistrations(participants: readonly Participant[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const participant of participants) {
    for (const option of participant.registrations) counts.set(option, (counts.get(option) ?? 0) + 1);
  }
  return counts;
}

/** Which column of the file feeds which participant field or registration option. */
import type { ImportMapping, RegistrationOption } from '../model/schema.ts';
import { containsWords, fold } from '../model/fold.ts';

export const PARTICIPANT_FIELDS = [
  'lastName', 'firstName', 'email', 'affiliation', 'role', 'language', 'otherLanguages', 'diet', 'allergies', 'accessibility',
  'companion', 'notes',
] as const;
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];
export type RegistrationTarget = `registration:${string}`;
export type ImportTarget = ParticipantField | RegistrationTarget;

/** One target (or none: column ignored) per column of the file, by column index. */
export type ColumnTargets = readonly (ImportTarget | null)[];

export const registrationTarget = (optionId: string): RegistrationTarget => `registration:${optionId}`;
/** The option a registration target (or a `registration:<option id>` mark) names; null for a plain field. */
export const optionIdOf = (target: string): string | null =>
  target.startsWith('registration:') ? target.slice('registration:'.length) : null;

/** Headers seen on French and English registration lists, folded. */
const FIELD_HEADERS: Readonly<Record<ParticipantField, readonly string[]>> = {
  lastName: ['nom', 'nom de famille', 'last name', 'lastname', 'surname', 'family name', 'nom de naissance'],
  firstName: ['prenom', 'prenoms', 'first name', 'firstname', 'given name', 'forename'],
  email: ['courriel', 'e mail', 'email', 'mail', 'adresse mail', 'adresse e mail', 'adresse email', 'adresse electronique', 'email address', 'e mail address', 'mel'],
  affiliation: ['etablissement', 'affiliation', 'organisme', 'institution', 'laboratoire', 'organisation', 'organization', 'employeur', 'employer', 'structure', 'unite', 'company', 'entreprise', 'societe'],
  role: ['statut', 'role', 'fonction', 'position', 'status', 'categorie', 'category', 'profil', 'job title', 'titre du poste'],
  language: ['langue', 'language', 'langue parlee', 'preferred language', 'langue preferee'],
  otherLanguages: ['autres langues', 'autres langues parlees', 'other languages', 'other spoken languages', 'langues', 'langues parlees', 'languages', 'languages spoken', 'spoken languages', 'second language', 'seconde langue'],
  diet: ['regime', 'regime alimentaire', 'diet', 'dietary requirements', 'dietary requirement', 'alimentation', 'restrictions alimentaires'],
  allergies: ['allergies', 'allergie', 'allergy', 'food allergies', 'allergies alimentaires'],
  accessibility: ['accessibilite', 'accessibility', 'mobilite reduite', 'pmr', 'handicap', 'besoins specifiques', 'access needs', 'besoins d accessibilite'],
  companion: ['accompagne de', 'accompagnee de', 'accompagne e de', 'accompagne e par', 'venu e avec', 'accompagne par', 'accompagnee par', 'venu avec', 'venue avec', 'came with', 'companion', 'accompanied by', 'accompagnant', 'accompagnateur'],
  notes: ['notes', 'note', 'remarques', 'remarque', 'commentaire', 'commentaires', 'comments', 'comment', 'remarks'],
};

const MONTHS_FR = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Words by which a header may name a kind of option when its label is not used as is. */
const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  'social-evening': ['soiree', 'soiree de gala', 'social evening', 'diner de gala', 'cocktail', 'gala dinner'],
  tour: ['visite', 'visite guidee', 'guided tour', 'tour'],
  seminar: ['seminaire', 'seminar', 'seminaire des ingenieurs'],
};

/** The folded names a header may use for an option: its label, its date, its kind, "Workshop 2" for "Atelier 2". */
function optionNames(option: RegistrationOption): readonly string[] {
  let names = namesOf.get(option);
  if (!names) namesOf.set(option, (names = computeOptionNames(option)));
  return names;
}

/** Options are immutable project data: their names are worked out once. */
const namesOf = new WeakMap<RegistrationOption, readonly string[]>();

function computeOptionNames(option: RegistrationOption): string[] {
  const names = [fold(option.label)];
  // Only a day option is named by its date: the evening or a hackathon on that day is not "14/10".
  if (option.day && option.kind === 'day') {
    const [y, m, d] = option.day.split('-');
    const day = Number(d);
    const month = Number(m);
    names.push(fold(`${d}/${m}`), fold(`${day}/${month}`), fold(`${d}/${m}/${y}`), fold(option.day));
    names.push(`${day} ${MONTHS_FR[month - 1]}`, `${MONTHS_EN[month - 1]} ${day}`, `${day} ${MONTHS_EN[month - 1]}`);
  }
  names.push(...(KIND_WORDS[option.kind] ?? []));
  const numbered = /\b(?:atelier|workshop|hackathon)\s+(\d+)\b/.exec(fold(option.label));
  if (numbered) names.push(`atelier ${numbered[1]}`, `workshop ${numbered[1]}`, `hackathon ${numbered[1]}`);
  return names.filter((n) => n !== '');
}

const exactField = (header: string): ParticipantField | null => PARTICIPANT_FIELDS.find((field) => FIELD_HEADERS[field].includes(header)) ?? null;

/** "Courriel (obligatoire)", "Nom de l'établissement": the header begins with a known name. */
const fieldByFirstWords = (header: string): ParticipantField | null =>
  PARTICIPANT_FIELDS.find((field) => FIELD_HEADERS[field].some((name) => header.startsWith(`${name} `))) ?? null;

function optionGuess(header: string, options: readonly RegistrationOption[]): string | null {
  const exact = options.filter((o) => optionNames(o).includes(header));
  if (exact.length === 1) return exact[0]!.id;
  // "Inscription atelier 2", or "Atelier 2" for the label "Atelier 2 — Horizon Europe": one option only.
  const partial = options.filter((o) =>
    optionNames(o).some((name) => (header.length >= 4 && containsWords(name, header)) || (name.length >= 4 && containsWords(header, name))),
  );
  return partial.length === 1 ? partial[0]!.id : null;
}

/**
 * Guesses each column's target from its header; a target is given to one column only: the first that names it
 * exactly, else the first that begins with its name (a ticketing export's "Email" before its "Email acheteur").
 */
export function guessTargets(headers: readonly string[], options: readonly RegistrationOption[]): ColumnTargets {
  const taken = new Set<ImportTarget>();
  const folded = headers.map(fold);
  const targets: (ImportTarget | null)[] = folded.map(() => null);
  for (const guess of [exactField, fieldByFirstWords]) {
    folded.forEach((header, i) => {
      const field = header === '' || targets[i] ? null : guess(header);
      if (!field || taken.has(field)) return;
      taken.add(field);
      targets[i] = field;
    });
  }
  folded.forEach((header, i) => {
    if (targets[i] || header === '') return;
    const optionId = optionGuess(header, options);
    if (!optionId || taken.has(registrationTarget(optionId))) return;
    taken.add(registrationTarget(optionId));
    targets[i] = registrationTarget(optionId);
  });
  return targets;
}

/** Applies a saved mapping (target → header) to this file's headers; other columns are guessed. */
export function targetsFromMapping(
  headers: readonly string[],
  mapping: ImportMapping,
  options: readonly RegistrationOption[],
): ColumnTargets {
  const guessed = [...guessTargets(headers, options)];
  const validOptions = new Set(options.map((o) => o.id));
  const folded = headers.map(fold);
  for (const [target, header] of Object.entries(mapping.columns)) {
    const optionId = optionIdOf(target);
    if (optionId !== null ? !validOptions.has(optionId) : !(PARTICIPANT_FIELDS as readonly string[]).includes(target)) continue;
    let column = headers.indexOf(header);
    if (column < 0) column = folded.indexOf(fold(header));
    if (column < 0) continue;
    for (let i = 0; i < guessed.length; i++) if (guessed[i] === target) guessed[i] = null;
    guessed[column] = target as ImportTarget;
  }
  return guessed;
}

/** The columns as a mapping to save in the project (target → header). */
export function mappingFromTargets(name: string, headers: readonly string[], targets: ColumnTargets): ImportMapping {
  const columns: Record<string, string> = {};
  targets.forEach((target, i) => {
    if (target && headers[i] !== undefined) columns[target] = headers[i]!;
  });
  return { name, columns };
}

/** The saved mapping that names the most of this file's headers, if any names at least two. */
export function bestSavedMapping(headers: readonly string[], saved: readonly ImportMapping[]): ImportMapping | null {
  const present = new Set(headers.map(fold));
  let best: ImportMapping | null = null;
  let bestScore = 1;
  for (const mapping of saved) {
    const score = Object.values(mapping.columns).filter((h) => present.has(fold(h))).length;
    if (score > bestScore) {
      best = mapping;
      bestScore = score;
    }
  }
  return best;
}

/** Used by header-row detection: how many cells of a row read as known headers. */
export function knownHeaderCount(cells: readonly string[], options: readonly RegistrationOption[]): number {
  return cells.filter((cell) => {
    const header = fold(cell);
    return header !== '' && (exactField(header) !== null || fieldByFirstWords(header) !== null || optionGuess(header, options) !== null);
  }).length;
}

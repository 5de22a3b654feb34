/**
 * An import's preview: read the lines, merge duplicates, update people already in the project by e-mail,
 * link companions, and say who was added, changed and is no longer on the list. Applied by one undoable edit.
 */
import { saysStepFree } from '../model/step-free.ts';
import type { Participant, Project } from '../model/schema.ts';
import { companionFinder, linkCompanions } from './companions.ts';
import { emailKey, fullName } from '../model/people.ts';
import { optionIdOf, registrationTarget, type ColumnTargets } from './mapping.ts';
import { mergeDuplicates, type MergedPerson } from './merge.ts';
import { columnName, type ImportNote } from './notes.ts';
import { checkTargets, readRows, type TextField } from './rows.ts';

export interface ImportOptions {
  /**
   * People of the project missing from the new list are kept and reported by default (they may have registered
   * elsewhere, or been added by hand); with this, they are removed — except anyone in a tour group, who is kept.
   */
  readonly removeMissing?: boolean;
  /** Cells ([row index, column index]) whose text is a formula the workbook kept no result for. */
  readonly formulaCells?: readonly (readonly [number, number])[];
}

export interface ImportSummary {
  /** Lines that describe a person, valid or not. */
  readonly rowsRead: number;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly duplicatesMerged: number;
  readonly rejected: number;
  /** Title, blank and total lines. */
  readonly skipped: number;
  /** People of the project not on the new list. */
  readonly missing: number;
  readonly removed: number;
}

export interface ImportPreview {
  /** New people and changed people, whole: the edit puts them in place by id. */
  readonly upserts: readonly Participant[];
  readonly removeIds: readonly string[];
  readonly summary: ImportSummary;
  readonly notes: readonly ImportNote[];
}

/** Fields an organiser sees in the file and in Régie, in the order they are compared (other languages are a list). */
const TEXT_FIELDS = ['firstName', 'lastName', 'email', 'affiliation', 'role', 'language', 'allergies', 'accessibility', 'notes'] as const satisfies readonly TextField[];

/** Other languages as the import reads them ("en, de") and as the participant holds them (["en", "de"]). */
const LIST_SEPARATOR = ', ';
const languagesOf = (text: string): string[] => text.split(LIST_SEPARATOR);

/** How a registration is remembered in `importedValues`, under `registration:<option id>`. */
const YES = 'yes';
const NO = 'no';

/** A value the organiser changed in Régie that the list contradicts: kept, and said. */
interface KeptChange {
  /** A field name, `diet` or `registration:<option id>`. */
  readonly key: string;
  readonly kept: string;
  readonly listed: string;
}

/** What the file gives for a person, as `importedValues` remembers it. */
function importedValuesOf(person: MergedPerson): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of TEXT_FIELDS) {
    const value = person.fields[field];
    if (value !== undefined) values[field] = value;
  }
  if (person.fields.otherLanguages !== undefined) values.otherLanguages = person.fields.otherLanguages;
  if (person.diet !== null) values.diet = person.diet;
  for (const [optionId, yes] of Object.entries(person.registrations)) values[registrationTarget(optionId)] = yes ? YES : NO;
  return values;
}

const sameValues = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
};

function newIdMaker(participants: readonly Participant[]): () => string {
  const taken = new Set(participants.map((p) => p.id));
  let n = participants.length;
  return () => {
    let id: string;
    do id = `p-${(++n).toString(36)}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
}

function newParticipant(id: string, person: MergedPerson, language: string): Participant {
  const f = person.fields;
  return {
    id,
    // Without a last name, the first name is what the person goes by until the organiser completes it.
    firstName: f.lastName === undefined ? '' : (f.firstName ?? ''),
    lastName: f.lastName ?? f.firstName ?? '',
    email: f.email ?? '',
    affiliation: f.affiliation ?? '',
    role: f.role ?? '',
    language: f.language ?? language,
    otherLanguages: f.otherLanguages === undefined ? [] : languagesOf(f.otherLanguages),
    registrations: Object.keys(person.registrations).filter((optionId) => person.registrations[optionId]),
    companionIds: [],
    diet: person.diet ?? 'none',
    allergies: f.allergies ?? '',
    accessibility: f.accessibility ?? '',
    stepFree: saysStepFree(f.accessibility ?? ''),
    notes: f.notes ?? '',
    importedValues: importedValuesOf(person),
    toCheck: [...person.toCheck],
  };
}

/**
 * Marks after a re-import: a field the list now gives plainly is no longer doubtful, one it gives with a doubt is.
 * A field the list leaves empty keeps its mark.
 */
function marksAfter(existing: Participant, person: MergedPerson): string[] {
  const given = (key: string): boolean => {
    const option = optionIdOf(key);
    if (option !== null) return person.registrations[option] !== undefined;
    return key === 'diet' ? person.diet !== null : person.fields[key as TextField] !== undefined;
  };
  const kept = existing.toCheck.filter((key) => !given(key));
  // A text the list leaves unreadable or empty does not cast doubt on the one Régie already has.
  const doubtful = person.toCheck.filter((key) => !kept.includes(key) && (given(key) || !(TEXT_FIELDS as readonly string[]).includes(key) || existing[key as TextField] === ''));
  return [...kept, ...doubtful];
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The participant with what the file says. What the file does not say (empty cells, unmapped fields) is kept, and
 * so is what the organiser changed in Régie since the last import: a value that no longer equals what that import
 * gave. A value never imported follows the file.
 */
function updatedParticipant(
  existing: Participant,
  person: MergedPerson,
): { next: Participant; changed: (TextField | 'diet' | 'registrations')[]; kept: KeptChange[]; remembered: boolean } {
  const imported = existing.importedValues;
  const importedValues = { ...imported, ...importedValuesOf(person) };
  const toCheck = marksAfter(existing, person);
  const next: Participant = { ...existing, registrations: [...existing.registrations], companionIds: [...existing.companionIds], importedValues, toCheck };
  const changed: (TextField | 'diet' | 'registrations')[] = [];
  const kept: KeptChange[] = [];
  const editedByHand = (key: string, current: string) => imported[key] !== undefined && imported[key] !== current;
  for (const field of TEXT_FIELDS) {
    const value = person.fields[field];
    // The e-mail is the key: a change of case or spaces is not a change of person.
    if (value === undefined || value === existing[field] || (field === 'email' && emailKey(value) === emailKey(existing.email))) continue;
    if (editedByHand(field, existing[field])) {
      kept.push({ key: field, kept: existing[field], listed: value });
      continue;
    }
    next[field] = value;
    changed.push(field);
  }
  const languages = person.fields.otherLanguages;
  const currentLanguages = existing.otherLanguages.join(LIST_SEPARATOR);
  if (languages !== undefined && languages !== currentLanguages) {
    if (editedByHand('otherLanguages', currentLanguages)) {
      kept.push({ key: 'otherLanguages', kept: currentLanguages, listed: languages });
    } else {
      next.otherLanguages = languagesOf(languages);
      changed.push('otherLanguages');
    }
  }
  // The step-free route follows the accessibility need the list now gives.
  if (changed.includes('accessibility')) next.stepFree = saysStepFree(next.accessibility);
  if (person.diet !== null && person.diet !== existing.diet) {
    if (editedByHand('diet', existing.diet)) {
      kept.push({ key: 'diet', kept: existing.diet, listed: person.diet });
    } else {
      next.diet = person.diet;
      changed.push('diet');
    }
  }
  let registrations = next.registrations;
  for (const [optionId, yes] of Object.entries(person.registrations)) {
    const key = registrationTarget(optionId);
    const current = existing.registrations.includes(optionId) ? YES : NO;
    if (current === (yes ? YES : NO)) continue;
    if (editedByHand(key, current)) {
      kept.push({ key, kept: current, listed: yes ? YES : NO });
      continue;
    }
    registrations = yes ? [...registrations, optionId] : registrations.filter((r) => r !== optionId);
  }
  if (registrations !== next.registrations) {
    next.registrations = registrations;
    changed.push('registrations');
  }
  // A doubtful value the organiser already corrected by hand is theirs: no mark on it.
  if (kept.length > 0) next.toCheck = toCheck.filter((key) => !kept.some((change) => change.key === key));
  return { next, changed, kept, remembered: !sameValues(importedValues, imported) || !sameList(next.toCheck, existing.toCheck) };
}

/** Frozen like the rest of the project, so the import edit's immer step does not walk 10,000 new people to freeze them. */
export function freezePeople(people: Iterable<Participant>): void {
  for (const person of people) {
    Object.freeze(person.registrations);
    Object.freeze(person.companionIds);
    Object.freeze(person.importedValues);
    Object.freeze(person.toCheck);
    Object.freeze(person.otherLanguages);
    Object.freeze(person);
  }
}

const emptySummary: ImportSummary = { rowsRead: 0, added: 0, updated: 0, unchanged: 0, duplicatesMerged: 0, rejected: 0, skipped: 0, missing: 0, removed: 0 };

export function previewImport(
  project: Project,
  rows: readonly (readonly string[])[],
  headerIndex: number,
  targets: ColumnTargets,
  options: ImportOptions = {},
): ImportPreview {
  const targetNotes = checkTargets(targets);
  if (targetNotes.length > 0) return { upserts: [], removeIds: [], summary: emptySummary, notes: targetNotes };
  const registrationOptions = project.event.registrationOptions;
  const headers = rows[headerIndex] ?? [];
  const formulaCells = new Set((options.formulaCells ?? []).map(([row, column]) => `${row}:${column}`));
  const read = readRows(rows, headerIndex, targets, registrationOptions, formulaCells);
  const columnOf = (field: string) => columnName(headers, targets.indexOf(field as TextField));
  const merged = mergeDuplicates(read.records, columnOf);
  const notes: ImportNote[] = [...read.notes, ...merged.notes];

  const existingByEmail = new Map<string, Participant>();
  for (const p of project.participants) if (p.email) existingByEmail.set(emailKey(p.email), p);
  const newId = newIdMaker(project.participants);
  const working = new Map<string, Participant>(project.participants.map((p) => [p.id, p]));
  const upserts = new Map<string, Participant>();
  const rowOf = new Map<string, MergedPerson>();
  let added = 0;
  let updated = 0;
  let unchanged = 0;

  for (const person of merged.people) {
    const existing = existingByEmail.get(emailKey(person.fields.email ?? ''));
    const name = fullName({ firstName: person.fields.firstName ?? '', lastName: person.fields.lastName ?? '' });
    if (!existing) {
      const participant = newParticipant(newId(), person, project.event.locale);
      working.set(participant.id, participant);
      upserts.set(participant.id, participant);
      rowOf.set(participant.id, person);
      added++;
      notes.push({ level: 'info', code: 'participants:import.added', row: person.row, value: name });
      continue;
    }
    rowOf.set(existing.id, person);
    const { next, changed, kept, remembered } = updatedParticipant(existing, person);
    for (const change of kept) {
      const optionId = optionIdOf(change.key);
      const column = columnOf(change.key);
      if (optionId === null) {
        notes.push({ level: 'warning', code: 'participants:import.keptChange', row: person.row, column, value: change.kept, params: { listed: change.listed, name } });
      } else {
        const label = registrationOptions.find((o) => o.id === optionId)?.label ?? optionId;
        notes.push({ level: 'warning', code: `participants:import.${change.kept === YES ? 'keptRegistered' : 'keptNotRegistered'}`, row: person.row, column, value: label, params: { name } });
      }
    }
    // Only what the last import gave changed: the person is the same, but the next import must compare with it.
    if (changed.length > 0 || remembered) {
      working.set(next.id, next);
      upserts.set(next.id, next);
    }
    if (changed.length === 0) {
      unchanged++;
      continue;
    }
    updated++;
    for (const field of changed) {
      const now = field === 'registrations' ? next.registrations.join(', ') : String(next[field]);
      const before = field === 'registrations' ? existing.registrations.join(', ') : String(existing[field]);
      const column = field === 'registrations' ? '' : columnOf(field);
      notes.push({ level: 'info', code: field === 'registrations' ? 'participants:import.registrationsChanged' : 'participants:import.changed', row: person.row, ...(column ? { column } : {}), value: now, params: { previous: before, name } });
    }
  }

  const find = companionFinder([...working.values()]);
  const companionColumn = columnOf('companion');
  for (const [id, person] of rowOf) {
    for (const reference of person.companions) {
      const match = find(reference);
      if ('problem' in match) {
        notes.push({ level: 'warning', code: `participants:import.companion${match.problem === 'notFound' ? 'NotFound' : 'Ambiguous'}`, row: person.row, column: companionColumn, value: reference });
        continue;
      }
      // Copies, so a participant of the open project (frozen) is never changed in place.
      const a = upserts.get(id) ?? { ...working.get(id)! };
      const b = upserts.get(match.id) ?? { ...working.get(match.id)! };
      for (const changedPerson of linkCompanions(a, b)) {
        working.set(changedPerson.id, changedPerson);
        upserts.set(changedPerson.id, changedPerson);
      }
    }
  }

  const onList = new Set<string>([...merged.people.map((p) => emailKey(p.fields.email ?? '')), ...read.rejectedEmails.map(emailKey)]);
  const groupOf = new Map<string, string>();
  for (const tour of project.tours) for (const group of tour.groups) for (const pid of group.participantIds) groupOf.set(pid, `${tour.name} — ${group.name}`);
  const removeIds: string[] = [];
  let missing = 0;
  for (const p of project.participants) {
    if (!p.email || onList.has(emailKey(p.email))) continue;
    missing++;
    const value = `${p.firstName} ${p.lastName} <${p.email}>`.trim();
    const group = groupOf.get(p.id);
    if (group !== undefined) {
      notes.push({ level: 'warning', code: 'participants:import.missingInTour', value, params: { group } });
    } else if (options.removeMissing) {
      removeIds.push(p.id);
      upserts.delete(p.id);
      notes.push({ level: 'info', code: 'participants:import.missingRemoved', value });
    } else {
      notes.push({ level: 'warning', code: 'participants:import.missingKept', value });
    }
  }

  freezePeople(upserts.values());
  return {
    upserts: [...upserts.values()],
    removeIds,
    summary: { rowsRead: read.rowsRead, added, updated, unchanged, duplicatesMerged: merged.merged, rejected: read.rejected, skipped: read.skipped, missing, removed: removeIds.length },
    notes,
  };
}

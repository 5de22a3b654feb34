/** The same e-mail twice in a file is one person: lines are merged, and what differed is said. */
import type { Diet } from '../model/schema.ts';
import { emailKey } from '../model/people.ts';
import type { ImportNote } from './notes.ts';
import type { RowRecord, TextField } from './rows.ts';

/** A person read from the file, possibly from several lines. */
export interface MergedPerson {
  /** The first line they appear on. */
  readonly row: number;
  readonly fields: Partial<Record<TextField, string>>;
  readonly diet: Diet | null;
  readonly registrations: Record<string, boolean>;
  readonly companions: string[];
  readonly toCheck: string[];
}

/**
 * Later lines win for text (a newer registration corrects an older one); a person is registered for an option
 * if any of their lines says so.
 */
export function mergeDuplicates(
  records: readonly RowRecord[],
  columnOf: (field: TextField | 'diet') => string,
): { people: MergedPerson[]; notes: ImportNote[]; merged: number } {
  const byEmail = new Map<string, MergedPerson>();
  const people: MergedPerson[] = [];
  const notes: ImportNote[] = [];
  let merged = 0;
  for (const record of records) {
    const key = emailKey(record.fields.email ?? '');
    const first = byEmail.get(key);
    if (!first) {
      const person: MergedPerson = {
        row: record.row,
        fields: { ...record.fields },
        diet: record.diet,
        registrations: { ...record.registrations },
        companions: [...record.companions],
        toCheck: [...record.toCheck],
      };
      byEmail.set(key, person);
      people.push(person);
      continue;
    }
    merged++;
    notes.push({ level: 'info', code: 'participants:import.duplicateMerged', row: record.row, value: record.fields.email ?? '', params: { firstRow: first.row } });
    for (const [field, value] of Object.entries(record.fields) as [TextField, string][]) {
      // The first spelling of the e-mail stays: the two differ only by case or spaces.
      if (field === 'email') continue;
      const previous = first.fields[field];
      if (previous !== undefined && previous !== value) {
        notes.push({ level: 'warning', code: 'participants:import.duplicateDiffers', row: record.row, column: columnOf(field), value, params: { firstRow: first.row, previous } });
      }
      first.fields[field] = value;
    }
    if (record.diet !== null) (first as { diet: Diet | null }).diet = record.diet;
    for (const [optionId, yes] of Object.entries(record.registrations)) {
      first.registrations[optionId] = yes || (first.registrations[optionId] ?? false);
    }
    for (const companion of record.companions) if (!first.companions.includes(companion)) first.companions.push(companion);
    for (const key of record.toCheck) if (!first.toCheck.includes(key)) first.toCheck.push(key);
  }
  return { people, notes, merged };
}

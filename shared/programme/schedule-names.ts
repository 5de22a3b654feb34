/** The names a frab schedule gives the conference and its events: an acronym, slugs, a version that changes with the programme. */
import type { Project } from '../model/schema.ts';
import type { Programme } from './programme-entries.ts';
import { NIL as NIL_UUID, v5 as uuidV5 } from 'uuid';

const folded = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** "pepr_santenum_2025": c3voc's acronym pattern (lower case, digits, "_"; four characters at least). */
export function conferenceAcronym(project: Project): string {
  const event = project.event;
  let acronym = folded(event.shortName.trim() || event.name).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40).replace(/_+$/, '');
  const year = event.days[0]?.date.slice(0, 4) ?? 'regie';
  if (acronym.length < 4) acronym = acronym === '' ? `regie_${year}` : `${acronym}_${year}`;
  return acronym;
}

/** "pepr_santenum_2025-4812-digital-twins": unique through the event's number, readable through its title. */
export function eventSlug(acronym: string, number: number, title: string): string {
  const words = folded(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').slice(0, 50).replace(/-+$/, '');
  return words === '' ? `${acronym}-${number}` : `${acronym}-${number}-${words}`;
}

const versions = new WeakMap<Programme, string>();

/** A short digest of what a conference app shows: it changes whenever a session is added, moved, renamed or re-timed. */
export function scheduleVersion(programme: Programme): string {
  const known = versions.get(programme);
  if (known) return known;
  const summary = programme.entries
    .map((entry) => [entry.guid, entry.day, entry.start, entry.session.durationMinutes, entry.room.name, entry.session.title, entry.people.map((p) => p.name).join(',')].join('|'))
    .join('\n');
  // Made once per programme: schedule.xml and schedule.json carry the same version.
  const version = uuidV5(`${programme.project.event.name}\n${summary}`, NIL_UUID).slice(0, 8);
  versions.set(programme, version);
  return version;
}

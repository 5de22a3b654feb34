/** Small hand-made projects for the rule tests: a venue, rooms, people, sessions — only what a test needs to say. */
import { projectSchema, type Project, type ProjectInput } from '../../../shared/model/schema.ts';
import { createI18n } from '../../../shared/i18n/index.ts';
import { findConflicts, type Conflict } from '../../../shared/rules/index.ts';

export const DAY = '2025-10-14';
export const DAY2 = '2025-10-15';

type SessionInput = NonNullable<ProjectInput['sessions']>[number];

/** A session placed in `room` on `day` at `start` for `minutes` (or unplaced when room is null). */
export function session(
  id: string,
  room: string | null,
  start: string,
  minutes: number,
  extra: Partial<SessionInput> & { day?: string } = {},
): SessionInput {
  const { day = DAY, ...rest } = extra;
  return {
    id,
    kind: 'workshop',
    title: `Session ${id}`,
    durationMinutes: minutes,
    slot: room === null ? null : { roomId: room, day, start },
    ...rest,
  };
}

export function projectWith(input: Partial<ProjectInput> = {}): Project {
  const { event, ...rest } = input;
  return projectSchema.parse({
    format: 'regie-project',
    version: 2,
    event: { name: 'Test event', days: [{ date: DAY }, { date: DAY2 }], ...event },
    venues: [{ id: 'v1', name: 'Pôle Formation' }],
    rooms: [
      { id: 'r1', venueId: 'v1', name: 'Amphi A', capacity: 100 },
      { id: 'r2', venueId: 'v1', name: 'Amphi B', capacity: 100 },
    ],
    people: [{ id: 'p1', firstName: 'Camille', lastName: 'Maumet' }],
    ...rest,
  });
}

const en = createI18n('en');
const fr = createI18n('fr');

/** The conflicts of one rule, with their English and French messages, as the panel would show them. */
export function found(project: Project, rule: string): (Conflict & { en: string; fr: string })[] {
  return findConflicts(project)
    .filter((c) => c.rule === rule)
    .map((c) => ({ ...c, en: en.t(c.code, c.params), fr: fr.t(c.code, c.params) }));
}

/** Session ids a conflict involves, sorted. */
export const sessionsOf = (c: Conflict): string[] => c.items.filter((i) => i.kind === 'session').map((i) => i.id).sort();

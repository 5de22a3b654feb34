/** Who registered for what: the one place that counts registrants, for the timetable's rules, the tours and catering. */
import type { Participant, Project } from './schema.ts';

/** The participants registered for any of these options, in the order of the registration list. */
export const registeredFor = (participants: readonly Participant[], optionIds: ReadonlySet<string>): Participant[] =>
  participants.filter((p) => p.registrations.some((id) => optionIds.has(id)));

export interface RegistrantCounts {
  /** How many participants signed up for each session (through the registration options that point at it). */
  readonly registrantCount: ReadonlyMap<string, number>;
  /** For each session, the other sessions its registrants also signed up for, with how many people. */
  readonly coRegistered: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Beyond this many registrable sessions, pairs are counted in a map rather than a square table. */
const TABLE_LIMIT = 1024;

/** Registrants per session and per pair of sessions, counted on numbers: 10,000 participants make many pairs. */
export function countRegistrants(project: Project): RegistrantCounts {
  const sessionIds: string[] = [];
  const indexOfSession = new Map<string, number>();
  const optionIndex = new Map<string, number>();
  for (const option of project.event.registrationOptions) {
    if (!option.sessionId) continue;
    let i = indexOfSession.get(option.sessionId);
    if (i === undefined) {
      i = sessionIds.length;
      indexOfSession.set(option.sessionId, i);
      sessionIds.push(option.sessionId);
    }
    optionIndex.set(option.id, i);
  }
  const n = sessionIds.length;
  const counts = new Uint32Array(n);
  const table = n <= TABLE_LIMIT ? new Uint32Array(n * n) : null;
  const sparse = new Map<number, number>();
  if (n > 0) {
    const mine: number[] = [];
    for (const participant of project.participants) {
      mine.length = 0;
      for (const optionId of participant.registrations) {
        const i = optionIndex.get(optionId);
        if (i !== undefined && !mine.includes(i)) mine.push(i);
      }
      for (let a = 0; a < mine.length; a++) {
        counts[mine[a]!]!++;
        for (let b = a + 1; b < mine.length; b++) {
          const pair = mine[a]! < mine[b]! ? mine[a]! * n + mine[b]! : mine[b]! * n + mine[a]!;
          if (table) table[pair]!++;
          else sparse.set(pair, (sparse.get(pair) ?? 0) + 1);
        }
      }
    }
  }
  const registrantCount = new Map<string, number>();
  for (let i = 0; i < n; i++) if (counts[i]! > 0) registrantCount.set(sessionIds[i]!, counts[i]!);
  const coRegistered = new Map<string, Map<string, number>>();
  const pairUp = (a: string, b: string, count: number): void => {
    let shared = coRegistered.get(a);
    if (!shared) coRegistered.set(a, (shared = new Map()));
    shared.set(b, count);
  };
  const record = (pair: number, count: number): void => {
    const a = sessionIds[Math.floor(pair / n)]!;
    const b = sessionIds[pair % n]!;
    pairUp(a, b, count);
    pairUp(b, a, count);
  };
  if (table) {
    for (let pair = 0; pair < table.length; pair++) if (table[pair]! > 0) record(pair, table[pair]!);
  } else {
    for (const [pair, count] of sparse) record(pair, count);
  }
  return { registrantCount, coRegistered };
}

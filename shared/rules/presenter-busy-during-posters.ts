/**
 * A poster's presenter who gives a talk, or takes part in a workshop, while the poster session runs: nobody
 * stands by the poster. Poster sessions are those held in the poster hall's room (any room when it has none).
 */
import type { Poster, PosterHall } from '../model/schema.ts';
import { toTime } from '../model/time.ts';
import { finding } from './finding.ts';
import { personName, type Commitment, type Placed, type Lookups } from './lookups.ts';
import type { Emit, Rule } from './types.ts';

const id = 'presenter-busy-during-posters';
/** Where a presenter is expected elsewhere: on stage, or in a workshop or hackathon. */
const BUSY_KINDS: ReadonlySet<string> = new Set(['talk', 'keynote', 'workshop', 'hackathon']);
const TITLES_SHOWN = 2;

/** The hall's posters by presenter, made once per hall (the hall only changes through edits, as a new object). */
const postersByPresenter = new WeakMap<PosterHall, Map<string, Poster[]>>();
function presentersOf(hall: PosterHall): Map<string, Poster[]> {
  let index = postersByPresenter.get(hall);
  if (!index) {
    index = new Map();
    for (const poster of hall.posters) {
      for (const person of new Set(poster.presenters)) index.set(person, [...(index.get(person) ?? []), poster]);
    }
    postersByPresenter.set(hall, index);
  }
  return index;
}

function posterSessionsOn(lookups: Lookups, day: string): Placed[] {
  const roomId = lookups.source.posterHall.roomId;
  const candidates = roomId === null ? [...lookups.placed.values()] : (lookups.byRoomDay.get(`${roomId}|${day}`) ?? []);
  return candidates.filter((p) => p.session.kind === 'poster-session' && p.day === day);
}

function check(lookups: Lookups, posters: Placed, busy: Commitment, presented: readonly Poster[], emit: Emit): void {
  const session = lookups.sessions.get(busy.sessionId);
  if (!session || !BUSY_KINDS.has(session.kind) || busy.sessionId === posters.session.id || busy.day !== posters.day) return;
  if (!(busy.start < posters.end && posters.start < busy.end)) return;
  const titles = presented.slice(0, TITLES_SHOWN).map((p) => p.title).join(' / ') + (presented.length > TITLES_SHOWN ? ' / …' : '');
  emit(finding(
    id,
    `${id}:${busy.personId}:${posters.session.id}|${busy.sessionId}`,
    [{ kind: 'person', id: busy.personId }, { kind: 'session', id: posters.session.id }, busy.item, ...presented.map((p) => ({ kind: 'poster' as const, id: p.id }))],
    {
      person: personName(lookups.people.get(busy.personId), busy.personId),
      posters: titles,
      count: presented.length,
      posterSession: posters.session.title,
      session: busy.label,
      day: busy.day,
      start: toTime(busy.start),
      end: toTime(busy.end),
      posterStart: toTime(posters.start),
      posterEnd: toTime(posters.end),
    },
    [posters.session.id, busy.sessionId],
  ));
}

export const presenterBusyDuringPosters: Rule = {
  id,
  severity: 'warning',
  checkSession(sessionId, lookups, emit) {
    const placed = lookups.placed.get(sessionId);
    if (!placed) return;
    const presenters = presentersOf(lookups.source.posterHall);
    if (presenters.size === 0) return;
    if (placed.session.kind === 'poster-session') {
      const hallRoom = lookups.source.posterHall.roomId;
      if (hallRoom !== null && placed.roomId !== hallRoom) return;
      for (const [person, posters] of presenters) {
        for (const busy of lookups.commitments.get(person) ?? []) check(lookups, placed, busy, posters, emit);
      }
      return;
    }
    if (!BUSY_KINDS.has(placed.session.kind)) return;
    for (const busy of lookups.commitmentsBySession.get(sessionId) ?? []) {
      const posters = presenters.get(busy.personId);
      if (!posters) continue;
      for (const session of posterSessionsOn(lookups, busy.day)) check(lookups, session, busy, posters, emit);
    }
  },
};

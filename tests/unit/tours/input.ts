/** Small planner inputs written the way an organiser would describe them. */
import type { PlannerGuide, TourInput, Visitor } from '../../../shared/tours/types.ts';

export const visitor = (id: string, extra: Partial<Visitor> = {}): Visitor => ({
  id, name: `Person ${id}`, languages: ['fr'], stepFree: false, affiliation: '', companionIds: [], ...extra,
});

export const guide = (id: string, extra: Partial<PlannerGuide> = {}): PlannerGuide => ({
  id, name: `Guide ${id}`, languages: ['fr'], stepFree: false, windows: [], ...extra,
});

/** `count` people with ids p1…pN, French speakers unless `extra` says otherwise. */
export const crowd = (count: number, prefix = 'p', extra: Partial<Visitor> = {}): Visitor[] =>
  Array.from({ length: count }, (_, i) => visitor(`${prefix}${i + 1}`, extra));

/** A chain: each one came with the next. */
export function chain(people: Visitor[]): Visitor[] {
  return people.map((p, i) => ({
    ...p,
    companionIds: [...(i > 0 ? [people[i - 1]!.id] : []), ...(i < people.length - 1 ? [people[i + 1]!.id] : [])],
  }));
}

/** The Palais de la Bourse evening: 45-minute visits every 15 minutes from 19:15, back by 22:00. */
export const evening = (extra: Partial<TourInput>): TourInput => ({
  tourId: 't',
  limit: 30,
  tourMinutes: 45,
  intervalMinutes: 15,
  earliest: 19 * 60 + 15,
  latest: 22 * 60,
  visitors: [],
  guides: [guide('g1'), guide('g2'), guide('g3'), guide('g4'), guide('g5')],
  groups: [],
  groupWord: 'Groupe',
  ...extra,
});

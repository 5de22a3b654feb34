/** Properties of the tour planner on random events: whatever the input, a plan never breaks a hard rule. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMinutes } from '../../../shared/model/time.ts';
import { planTour } from '../../../shared/tours/planner.ts';
import type { TourInput, TourPlan, Visitor } from '../../../shared/tours/types.ts';
import { guide, visitor } from './input.ts';

const LANGUAGE_SETS = [['fr'], ['en'], ['fr', 'en'], ['en', 'fr']];

/** People p0…pN with random languages and step-free needs, and companion pairs (and chains, unless told) among neighbours. */
const visitorsArb = (max: number, languages = LANGUAGE_SETS, stepFree = 0.05, chains = true) =>
  fc.array(fc.record({ languages: fc.constantFrom(...languages), stepFree: fc.double({ min: 0, max: 1, noNaN: true }), withNext: fc.double({ min: 0, max: 1, noNaN: true }), affiliation: fc.constantFrom('Inria', 'Inserm', 'CHU', '') }), { minLength: 1, maxLength: max })
    .map((rows) => {
      const people: Visitor[] = rows.map((r, i) => visitor(`p${i}`, { languages: r.languages, stepFree: r.stepFree < stepFree, affiliation: r.affiliation }));
      // A pair (or a chain) shares a language, as people who came together do.
      rows.forEach((r, i) => {
        if (i + 1 < people.length && r.withNext < 0.15 && (chains || people[i]!.companionIds.length === 0)) {
          const [a, b] = [people[i]!, people[i + 1]!];
          people[i] = { ...a, companionIds: [...a.companionIds, b.id] };
          people[i + 1] = { ...b, companionIds: [...b.companionIds, a.id], languages: a.languages };
        }
      });
      return people;
    });

const guidesArb = fc.array(fc.record({ languages: fc.constantFrom(...LANGUAGE_SETS), stepFree: fc.boolean() }), { minLength: 1, maxLength: 8 })
  .map((rows) => rows.map((r, i) => guide(`g${i}`, r)));

const inputArb: fc.Arbitrary<TourInput> = fc.record({
  visitors: visitorsArb(150),
  guides: guidesArb,
  limit: fc.integer({ min: 4, max: 40 }),
  tourMinutes: fc.integer({ min: 20, max: 60 }),
  intervalMinutes: fc.integer({ min: 0, max: 20 }),
  latest: fc.option(fc.integer({ min: 19 * 60, max: 23 * 60 }), { nil: null }),
}).map((r) => ({ ...r, tourId: 't', earliest: 18 * 60, groups: [], groupWord: 'Groupe' }));

/** Every hard rule of a plan, checked on its output. */
function expectSound(input: TourInput, plan: TourPlan): void {
  const people = new Map(input.visitors.map((v) => [v.id, v]));
  const guides = new Map(input.guides.map((g) => [g.id, g]));
  const groupOf = new Map(plan.groups.flatMap((g) => g.participantIds.map((id) => [id, g] as const)));
  for (const group of plan.groups) {
    if (!group.pinned) expect(group.participantIds.length).toBeLessThanOrEqual(input.limit);
    const leader = guides.get(group.guideId!)!;
    expect(leader.languages).toContain(group.language);
    const start = toMinutes(group.departure!);
    expect(start).toBeGreaterThanOrEqual(input.earliest!);
    if (input.latest !== null) expect(start + input.tourMinutes).toBeLessThanOrEqual(input.latest);
    for (const id of group.participantIds) {
      const person = people.get(id)!;
      expect(person.languages).toContain(group.language);
      if (person.stepFree) expect(leader.stepFree).toBe(true);
      for (const companion of person.companionIds) if (groupOf.has(companion)) expect(groupOf.get(companion)).toBe(group);
    }
  }
  // A guide leads one group at a time.
  const visits = plan.groups.map((g) => ({ guide: g.guideId, start: toMinutes(g.departure!) })).sort((a, b) => a.start - b.start);
  for (let i = 0; i < visits.length; i++) {
    for (let j = i + 1; j < visits.length; j++) {
      if (visits[i]!.guide === visits[j]!.guide) expect(visits[j]!.start - visits[i]!.start).toBeGreaterThanOrEqual(input.tourMinutes);
    }
  }
  // Everyone is placed exactly once, or reported.
  const placed = plan.groups.flatMap((g) => g.participantIds);
  expect(new Set(placed).size).toBe(placed.length);
  expect(placed.length + plan.unplaced.length).toBe(input.visitors.length);
  if (plan.unplaced.length > 0) expect(plan.problems.length).toBeGreaterThan(0);
}

describe('the tour planner on random events', () => {
  it('never breaks a limit, splits companions, mixes languages, skips the step-free route or double-books a guide', () => {
    fc.assert(fc.property(inputArb, (input) => {
      expectSound(input, planTour(input, 'plan'));
    }), { numRuns: 200 });
  });

  it('gives the same plan for the same input', () => {
    fc.assert(fc.property(inputArb, (input) => {
      expect(planTour(structuredClone(input), 'plan')).toEqual(planTour(input, 'plan'));
    }), { numRuns: 50 });
  });

  it('makes ⌈N / limit⌉ groups within one of each other when one language, pairs of companions, no step-free need and enough guides and time', () => {
    const easy = fc.record({ visitors: visitorsArb(200, [['fr']], 0, false), limit: fc.integer({ min: 10, max: 40 }) })
      .map(({ visitors, limit }): TourInput => ({ tourId: 't', visitors, limit, tourMinutes: 45, intervalMinutes: 5, earliest: 18 * 60, latest: null, guides: Array.from({ length: 20 }, (_, i) => guide(`g${i}`)), groups: [], groupWord: 'Groupe' }));
    fc.assert(fc.property(easy, (input) => {
      const plan = planTour(input, 'plan');
      const sizes = plan.groups.map((g) => g.participantIds.length);
      expect(plan.problems).toEqual([]);
      expect(plan.groups).toHaveLength(Math.ceil(input.visitors.length / input.limit));
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }), { numRuns: 150 });
  });

  it('leaves pinned groups and pinned people where they were through a re-plan after sign-ups and cancellations', () => {
    const scenario = fc.record({
      input: inputArb,
      pins: fc.array(fc.boolean(), { maxLength: 20 }),
      newcomers: visitorsArb(30),
      cancel: fc.double({ min: 0, max: 0.3, noNaN: true }),
    });
    fc.assert(fc.property(scenario, ({ input, pins, newcomers, cancel }) => {
      const first = planTour(input, 'plan');
      const groups = first.groups.map((g, i) => ({ ...g, pinned: pins[i] ?? false, pinnedParticipantIds: pins[i + 1] ? g.participantIds.slice(0, 1) : [] }));
      const pinnedPeople = new Set(groups.flatMap((g) => (g.pinned ? g.participantIds : g.pinnedParticipantIds)));
      const staying = input.visitors.filter((v, i) => pinnedPeople.has(v.id) || (i * 0.618) % 1 >= cancel);
      const late = newcomers.map((v) => ({ ...v, id: `new-${v.id}`, companionIds: v.companionIds.map((c) => `new-${c}`) }));
      const next = { ...input, visitors: [...staying, ...late], groups };
      const plan = planTour(next, 'replan');
      expectSound(next, plan);
      for (const group of groups.filter((g) => g.pinned)) expect(plan.groups.find((g) => g.id === group.id)).toEqual(group);
      for (const group of groups) {
        for (const id of group.pinnedParticipantIds) expect(plan.groups.find((g) => g.id === group.id)!.participantIds).toContain(id);
      }
      expect(planTour(structuredClone(next), 'replan')).toEqual(plan);
    }), { numRuns: 150 });
  });
});

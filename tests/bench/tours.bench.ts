/**
 * The tour planner at scale: 10,000 registrants (1,000 companion pairs and chains, three languages, 5 % on the
 * step-free route) and 40 guides; then a re-plan after 50 late sign-ups and 20 cancellations.
 */
import { createRandom } from '../../shared/sample/random.ts';
import { planTour } from '../../shared/tours/planner.ts';
import type { PlannerGuide, TourInput, TourPlan, Visitor } from '../../shared/tours/types.ts';
import type { BenchCase } from './types.ts';

const AFFILIATIONS = ['Inria', 'Inserm', 'CNRS', 'CHU de Lille', 'Université de Lille', 'Institut Pasteur', 'CEA', 'Université de Rennes'];

function registrants(count: number, prefix: string, random: ReturnType<typeof createRandom>): Visitor[] {
  return Array.from({ length: count }, (_, i) => {
    const roll = random.next();
    const languages = roll < 0.42 ? ['fr', 'en'] : roll < 0.7 ? ['fr'] : roll < 0.95 ? ['en'] : random.chance(0.5) ? ['de', 'en'] : ['de'];
    return { id: `${prefix}${i}`, name: `${prefix} ${i}`, languages, stepFree: random.chance(0.05), affiliation: random.pick(AFFILIATIONS), companionIds: [] };
  });
}

/** 1,000 units of companions: 800 pairs and 200 chains of three to five, each sharing one language. */
function linkCompanions(people: Visitor[], random: ReturnType<typeof createRandom>): void {
  let at = 0;
  for (let unit = 0; unit < 1000; unit++) {
    const size = unit < 800 ? 2 : 3 + random.int(0, 2);
    const members = people.slice(at, at + size);
    at += size + 3;
    members.forEach((member, k) => {
      const index = people.indexOf(member);
      people[index] = {
        ...member,
        languages: members[0]!.languages,
        companionIds: [...(k > 0 ? [members[k - 1]!.id] : []), ...(k < members.length - 1 ? [members[k + 1]!.id] : [])],
      };
    });
  }
}

function guides(): PlannerGuide[] {
  return Array.from({ length: 40 }, (_, i) => ({
    id: `guide-${i}`,
    name: `Guide ${i}`,
    languages: i < 22 ? ['fr', 'en'] : i < 28 ? ['fr'] : i < 36 ? ['en'] : ['de', 'en'],
    stepFree: i % 4 === 0,
    windows: [],
  }));
}

let base: TourInput | undefined;
let first: TourPlan | undefined;
let late: TourInput | undefined;
let replanned: TourPlan | undefined;

/** Departures every minute from 14:00, back by 23:30: room for every wave of 40 guides. */
function largeTour(): TourInput {
  if (base) return base;
  const random = createRandom(11);
  const visitors = registrants(10_000, 'p', random);
  linkCompanions(visitors, random);
  base = { tourId: 'tour', limit: 30, tourMinutes: 45, intervalMinutes: 1, earliest: 14 * 60, latest: 23 * 60 + 30, visitors, guides: guides(), groups: [], groupWord: 'Groupe' };
  return base;
}

/** The first plan, then 50 late sign-ups (10 of them companions of people already placed) and 20 cancellations. */
function lateChanges(): TourInput {
  if (late) return late;
  const input = largeTour();
  first = planTour(input, 'plan');
  const random = createRandom(12);
  const newcomers = registrants(50, 'late', random);
  const kept = input.visitors.filter((_, i) => i % 500 !== 7);
  const visitors = kept.map((v) => ({ ...v }));
  newcomers.slice(0, 10).forEach((newcomer, k) => {
    const partner = visitors[100 + k * 37]!;
    newcomers[k] = { ...newcomer, languages: partner.languages, companionIds: [partner.id] };
    visitors[100 + k * 37] = { ...partner, companionIds: [...partner.companionIds, newcomer.id] };
  });
  late = { ...input, visitors: [...visitors, ...newcomers], groups: first.groups };
  return late;
}

const between = (plan: TourPlan | undefined) => plan?.moves.filter((m) => m.from !== null && m.to !== null).length ?? 0;

export const benchmarks: BenchCase[] = [
  {
    name: 'plan tour groups (10,000 registrants, 1,000 companion units, 3 languages, 40 guides)',
    targetMs: 200,
    stat: 'median',
    iterations: 9,
    run: () => {
      first = planTour(largeTour(), 'plan');
      if (first.unplaced.length > 0) throw new Error(`${first.unplaced.length} people unplaced: ${first.problems[0]?.code}`);
    },
    note: () => (first ? `${first.groups.length} groups` : undefined),
  },
  {
    name: 're-plan tour groups after 50 late sign-ups and 20 cancellations',
    targetMs: 50,
    stat: 'median',
    iterations: 15,
    run: () => {
      replanned = planTour(lateChanges(), 'replan');
      if (replanned.unplaced.length > 0) throw new Error(`${replanned.unplaced.length} people unplaced: ${replanned.problems[0]?.code}`);
    },
    note: () => {
      if (!replanned) return undefined;
      const placed = replanned.moves.filter((m) => m.from === null).length;
      const left = replanned.moves.filter((m) => m.to === null).length;
      return `${between(replanned)} moved between groups, ${placed} placed, ${left} left`;
    },
  },
];

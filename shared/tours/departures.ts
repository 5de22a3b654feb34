/**
 * Departures and guides: groups leave one per interval from the earliest departure, each guide leads one group
 * at a time (waves when there are more groups than guides), and every group is back before the window closes.
 */
import { MINUTES_PER_DAY } from '../model/time.ts';
import type { PlannerGuide, TourInput } from './types.ts';

/** What a group needs from its guide. */
export interface GuideNeed {
  readonly language: string;
  readonly stepFree: boolean;
}

export interface Departure {
  readonly guideId: string;
  readonly departure: number;
}

/** A visit already fixed (a pinned or kept group): its guide and its slot are taken. */
export interface FixedVisit {
  readonly guideId: string | null;
  readonly departure: number;
}

export const canLead = (guide: PlannerGuide, need: GuideNeed): boolean =>
  guide.languages.includes(need.language) && (guide.stepFree || !need.stepFree);

/** Minutes between two departure slots: the interval, or a whole visit when groups leave together (interval 0). */
const slotStep = (input: TourInput): number => (input.intervalMinutes > 0 ? input.intervalMinutes : input.tourMinutes);

/** Every departure time the window allows, in order. */
export function departureSlots(input: TourInput): number[] {
  if (input.earliest === null) return [];
  const close = Math.min(input.latest ?? MINUTES_PER_DAY, MINUTES_PER_DAY);
  const slots: number[] = [];
  for (let t = input.earliest; t + input.tourMinutes <= close; t += slotStep(input)) slots.push(t);
  return slots;
}

const availableAt = (guide: PlannerGuide, start: number, end: number): boolean =>
  guide.windows.length === 0 || guide.windows.some((w) => w.start <= start && end <= w.end);

/** How many visits one guide can lead in the window, alone. */
export function guideCapacity(guide: PlannerGuide, slots: readonly number[], tourMinutes: number): number {
  let count = 0;
  let freeAt = -Infinity;
  for (const t of slots) {
    if (t < freeAt || !availableAt(guide, t, t + tourMinutes)) continue;
    count += 1;
    freeAt = t + tourMinutes;
  }
  return count;
}

/**
 * Gives each need a guide and a departure, around the visits already fixed. At each slot the need whose guides are
 * scarcest leaves first, with the least versatile free guide. Returns one entry per need, null where none was found.
 */
export function scheduleDepartures(input: TourInput, needs: readonly GuideNeed[], fixed: readonly FixedVisit[]): (Departure | null)[] {
  const result: (Departure | null)[] = needs.map(() => null);
  const slots = departureSlots(input);
  const oneAtATime = input.intervalMinutes > 0;
  const taken = new Set(fixed.map((v) => v.departure));
  const busy = new Map<string, number[]>();
  for (const visit of fixed) if (visit.guideId !== null) (busy.get(visit.guideId) ?? busy.set(visit.guideId, []).get(visit.guideId)!).push(visit.departure);
  const T = input.tourMinutes;
  const isFree = (guide: PlannerGuide, t: number) =>
    availableAt(guide, t, t + T) && !(busy.get(guide.id) ?? []).some((d) => d < t + T && t < d + T);
  const versatility = (guide: PlannerGuide) => guide.languages.length + (guide.stepFree ? 1 : 0);
  const led = (guide: PlannerGuide) => busy.get(guide.id)?.length ?? 0;
  // Needs of one kind are interchangeable: they wait in one queue per kind.
  const kinds = new Map<string, { need: GuideNeed; waiting: number[]; guides: number }>();
  needs.forEach((need, i) => {
    const key = `${need.language}|${need.stepFree}`;
    const kind = kinds.get(key) ?? kinds.set(key, { need, waiting: [], guides: input.guides.filter((g) => canLead(g, need)).length }).get(key)!;
    kind.waiting.push(i);
  });
  let left = needs.length;
  for (const t of slots) {
    if (left === 0) break;
    if (oneAtATime && taken.has(t)) continue;
    for (;;) {
      let best: { kind: { need: GuideNeed; waiting: number[]; guides: number }; guide: PlannerGuide } | null = null;
      for (const kind of kinds.values()) {
        if (kind.waiting.length === 0) continue;
        if (best && kind.waiting.length / kind.guides <= best.kind.waiting.length / best.kind.guides) continue;
        let guide: PlannerGuide | null = null;
        for (const g of input.guides) {
          if (!canLead(g, kind.need) || !isFree(g, t)) continue;
          // The least versatile guide goes first, then the one who has led the fewest visits: guides take turns.
          if (!guide || versatility(g) < versatility(guide) || (versatility(g) === versatility(guide) && led(g) < led(guide))) guide = g;
        }
        if (guide) best = { kind, guide };
      }
      if (!best) break;
      const i = best.kind.waiting.shift()!;
      result[i] = { guideId: best.guide.id, departure: t };
      (busy.get(best.guide.id) ?? busy.set(best.guide.id, []).get(best.guide.id)!).push(t);
      left -= 1;
      if (oneAtATime) break;
    }
  }
  return result;
}

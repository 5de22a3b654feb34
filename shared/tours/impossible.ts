/** Why a tour cannot be planned, each reason with what would fix it (a guide to add, a limit to raise, a later close). */
import { toTime } from '../model/time.ts';
import type { Unit } from './companions.ts';
import { canLead, departureSlots, guideCapacity } from './departures.ts';
import type { PlannerGuide, TourInput, TourProblem, Visitor } from './types.ts';

const SHOWN_NAMES = 4;
const NONE: readonly TourProblem[] = [];

/** "Ana Roy, Bo Li, … (35 people)": enough names to find the people, never an id. */
function namesOf(ids: readonly string[], visitors: ReadonlyMap<string, Visitor>): string {
  const names = ids.slice(0, SHOWN_NAMES).map((id) => visitors.get(id)?.name ?? id);
  return ids.length > SHOWN_NAMES ? `${names.join(', ')}, …` : names.join(', ');
}

/** A unit that no group can take: larger than the limit, or with no language all its members speak. */
export function unitProblems(unit: Unit, input: TourInput, visitors: ReadonlyMap<string, Visitor>): readonly TourProblem[] {
  if (unit.ids.length <= input.limit && unit.languages.length > 0) return NONE;
  const problems: TourProblem[] = [];
  if (unit.ids.length > input.limit) {
    problems.push({ code: 'tours:impossible.companionsOverLimit', params: { names: namesOf(unit.ids, visitors), count: unit.ids.length, limit: input.limit } });
  }
  if (unit.languages.length === 0) {
    const languages = [...new Set(unit.ids.flatMap((id) => visitors.get(id)?.languages ?? []))].join(', ');
    problems.push({ code: 'tours:impossible.companionsLanguages', params: { names: namesOf(unit.ids, visitors), languages } });
  }
  return problems;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/** The reasons, most specific first, why `unplaced` people found no group. */
export function explainImpossible(input: TourInput, units: readonly Unit[], unplaced: readonly string[]): TourProblem[] {
  const visitors = new Map(input.visitors.map((v) => [v.id, v]));
  if (input.earliest === null) return [{ code: 'tours:impossible.noWindow', params: {} }];
  const slots = departureSlots(input);
  const oneAtATime = input.intervalMinutes > 0;
  // What the guides could lead if departures were not limited: a window too short is its own reason, below.
  const capacity = (guides: readonly PlannerGuide[]) => sum(guides.map((g) => guideCapacity(g, slots, input.tourMinutes)));
  const fresh: PlannerGuide = { id: '', name: '', languages: [], stepFree: true, windows: [] };
  const perGuide = guideCapacity(fresh, slots, input.tourMinutes);
  const problems: TourProblem[] = [];
  const hasGuide = (language: string) => input.guides.some((g) => canLead(g, { language, stepFree: false }));
  const stranded = units.filter((u) => !u.languages.some(hasGuide));
  for (const language of [...new Set(stranded.map((u) => u.languages[0]!))].sort()) {
    const own = stranded.filter((u) => u.languages[0] === language);
    problems.push({ code: 'tours:impossible.noGuideForLanguage', params: { language, count: sum(own.map((u) => u.ids.length)), names: namesOf(own.flatMap((u) => u.ids), visitors) } });
  }
  const noRoute = units.filter((u) => u.stepFree && !u.languages.some((language) => input.guides.some((g) => canLead(g, { language, stepFree: true }))));
  if (noRoute.length > 0) {
    const ids = noRoute.flatMap((u) => u.ids.filter((id) => visitors.get(id)?.stepFree));
    problems.push({ code: 'tours:impossible.noStepFreeGuide', params: { language: noRoute[0]!.languages[0] ?? '', count: ids.length, names: namesOf(ids, visitors) } });
  }
  // Those who follow one language only need that language's guides: enough of them to lead every such group.
  for (const language of [...new Set(units.filter((u) => u.languages.length === 1).map((u) => u.languages[0]!))].sort()) {
    const guides = input.guides.filter((g) => canLead(g, { language, stepFree: false }));
    if (guides.length === 0) continue;
    const count = sum(units.filter((u) => u.languages.length === 1 && u.languages[0] === language).map((u) => u.ids.length));
    const groups = Math.ceil(count / input.limit);
    const able = capacity(guides);
    if (groups <= able) continue;
    problems.push({
      code: able > 0 ? 'tours:impossible.tooFewGuidesForLanguage' : 'tours:impossible.guidesUnavailable',
      params: { language, count, groups, guides: guides.length, capacity: able, add: perGuide > 0 ? Math.ceil((groups - able) / perGuide) : groups - able, raiseTo: able > 0 ? Math.ceil(count / able) : count },
    });
  }
  const everyone = sum(units.map((u) => u.ids.length));
  const groupsNeeded = Math.ceil(everyone / input.limit);
  if (oneAtATime && groupsNeeded > slots.length) {
    const returnBy = toTime(input.earliest + (groupsNeeded - 1) * input.intervalMinutes + input.tourMinutes);
    problems.push({
      code: 'tours:impossible.windowTooShort',
      params: { groups: groupsNeeded, interval: input.intervalMinutes, departures: slots.length, returnBy, latest: input.latest === null ? '24:00' : toTime(input.latest), raiseTo: slots.length > 0 ? Math.ceil(everyone / slots.length) : everyone },
    });
  } else {
    const able = capacity(input.guides);
    if (groupsNeeded > able && input.guides.length > 0 && problems.length === 0) {
      problems.push({
        code: 'tours:impossible.tooFewGuides',
        params: { groups: groupsNeeded, guides: input.guides.length, capacity: able, add: perGuide > 0 ? Math.ceil((groupsNeeded - able) / perGuide) : groupsNeeded - able, raiseTo: able > 0 ? Math.ceil(everyone / able) : everyone },
      });
    }
  }
  if (problems.length === 0) problems.push({ code: 'tours:impossible.unplaced', params: { count: unplaced.length, names: namesOf(unplaced, visitors) } });
  return problems;
}

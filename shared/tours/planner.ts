/**
 * The tour planner: the fewest balanced groups the limit allows, companions together, each group in its guide's
 * language and on the step-free route when someone needs it, departures staggered in the window. A re-plan starts
 * from the groups as they are and moves only who has to move; pinned groups and pinned people never move.
 */
import { toMinutes, toTime } from '../model/time.ts';
import type { TourGroup } from '../model/schema.ts';
import { companionUnits, type Unit } from './companions.ts';
import { canLead, scheduleDepartures, type FixedVisit, type GuideNeed } from './departures.ts';
import { explainImpossible, unitProblems } from './impossible.ts';
import type { PlanMode, TourInput, TourMove, TourPlan, TourProblem, Visitor } from './types.ts';

interface WorkGroup {
  readonly id: string;
  name: string;
  language: string;
  guideId: string | null;
  departure: number | null;
  readonly pinned: boolean;
  readonly pinnedIds: Set<string>;
  members: string[];
  /** People per affiliation, counted the first time a placement compares this group (a re-plan rarely needs it). */
  affiliations: Map<string, number> | null;
  /** Kept from before (its schedule is fixed when valid), or made by this plan. */
  readonly existing: boolean;
  /** Open to newcomers: counted in the sizes index that lets a placement stop at the first emptiest group. */
  open: boolean;
}

/** How many open groups of each language have each size: the smallest size with a group is where a unit goes. */
class SizeIndex {
  private readonly counts = new Map<string, number[]>();
  change(language: string, from: number | null, to: number | null): void {
    let counts = this.counts.get(language);
    if (!counts) this.counts.set(language, (counts = []));
    if (from !== null) counts[from] = (counts[from] ?? 0) - 1;
    if (to !== null) counts[to] = (counts[to] ?? 0) + 1;
  }
  /** The smallest size of an open group in this language: no group of it that fits can be smaller. */
  floor(language: string): number {
    const counts = this.counts.get(language) ?? [];
    for (let size = 0; size < counts.length; size++) if ((counts[size] ?? 0) > 0) return size;
    return Infinity;
  }
}

/** How many of the emptiest groups a placement compares to mix affiliations. */
const AFFILIATION_LOOKS = 4;

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { fr: 'Français', en: 'English', de: 'Deutsch', es: 'Español', it: 'Italiano' };

export function planTour(input: TourInput, mode: PlanMode): TourPlan {
  const visitorById = new Map<string, Visitor>();
  for (const visitor of input.visitors) visitorById.set(visitor.id, visitor);
  const guideById = new Map(input.guides.map((g) => [g.id, g]));
  const units = companionUnits(input.visitors);
  // Who is in which unit: needed only when a group sheds people or cannot leave, so made then.
  let unitIndex: Map<string, Unit> | null = null;
  const unitOf = (id: string): Unit => {
    if (!unitIndex) {
      unitIndex = new Map();
      for (const unit of units) for (const member of unit.ids) unitIndex.set(member, unit);
    }
    return unitIndex.get(id)!;
  };
  const problems: TourProblem[] = [];
  const blocked = new Set<Unit>();
  for (const unit of units) {
    const found = unitProblems(unit, input, visitorById);
    if (found.length > 0) blocked.add(unit);
    problems.push(...found);
  }

  const before = new Map<string, string>();
  for (const group of input.groups) for (const id of group.participantIds) if (!before.has(id)) before.set(id, group.id);
  const groups: WorkGroup[] = input.groups.map((g) => ({
    id: g.id,
    name: g.name,
    language: g.language,
    guideId: g.guideId,
    departure: g.departure === null ? null : toMinutes(g.departure),
    pinned: g.pinned,
    pinnedIds: new Set(g.pinnedParticipantIds.filter((id) => visitorById.has(id))),
    members: [],
    affiliations: null,
    existing: true,
    open: false,
  }));
  const sizes = new SizeIndex();
  const groupOf = new Map<string, WorkGroup>();
  const add = (group: WorkGroup, id: string) => {
    if (group.open) sizes.change(group.language, group.members.length, group.members.length + 1);
    group.members.push(id);
    groupOf.set(id, group);
    if (!group.affiliations) return;
    const affiliation = visitorById.get(id)?.affiliation ?? '';
    group.affiliations.set(affiliation, (group.affiliations.get(affiliation) ?? 0) + 1);
  };
  const remove = (id: string) => {
    const group = groupOf.get(id);
    if (!group) return;
    if (group.open) sizes.change(group.language, group.members.length, group.members.length - 1);
    group.members.splice(group.members.indexOf(id), 1);
    groupOf.delete(id);
    if (!group.affiliations) return;
    const affiliation = visitorById.get(id)?.affiliation ?? '';
    group.affiliations.set(affiliation, (group.affiliations.get(affiliation) ?? 1) - 1);
  };
  // Who stays where they are: everyone in a pinned group or pinned, and in a re-plan everyone still registered.
  input.groups.forEach((g, i) => {
    const group = groups[i]!;
    for (const id of g.participantIds) {
      if (!visitorById.has(id) || groupOf.has(id)) continue;
      if (mode === 'replan' || group.pinned || group.pinnedIds.has(id)) add(group, id);
    }
  });
  const isPinned = (id: string) => {
    const group = groupOf.get(id);
    return !!group && (group.pinned || group.pinnedIds.has(id));
  };
  const stepFreeGuide = (group: WorkGroup) => group.guideId !== null && (guideById.get(group.guideId)?.stepFree ?? false);
  const fits = (group: WorkGroup, unit: Unit) =>
    !group.pinned && unit.languages.includes(group.language) && (!unit.stepFree || stepFreeGuide(group));

  const pending: Unit[] = [];
  for (const unit of units) {
    if (blocked.has(unit)) continue;
    // Most units stay whole where they are, or are all new: they need no more work.
    const place = groupOf.get(unit.ids[0]!);
    if (unit.ids.every((id) => groupOf.get(id) === place)) {
      if (!place) {
        pending.push(unit);
        continue;
      }
      if (fits(place, unit) || unit.ids.some(isPinned)) continue;
    }
    const anchors = new Set(unit.ids.filter(isPinned).map((id) => groupOf.get(id)!));
    if (anchors.size > 1) {
      problems.push({ code: 'tours:impossible.pinnedApart', params: { names: unit.ids.map((id) => visitorById.get(id)!.name).join(', ') } });
      continue;
    }
    const [anchor] = anchors;
    if (anchor) {
      for (const id of unit.ids) if (groupOf.get(id) !== anchor) (remove(id), add(anchor, id));
      continue;
    }
    // Gather the unit where most of it already is, when that group fits it: only the others move.
    const here = new Map<WorkGroup, number>();
    for (const id of unit.ids) {
      const group = groupOf.get(id);
      if (group) here.set(group, (here.get(group) ?? 0) + 1);
    }
    let home: WorkGroup | null = null;
    for (const [group, count] of here) {
      // Those already there stay even in a full group (it sheds its smallest units below); joiners need room.
      const joining = unit.ids.length - count;
      if (!fits(group, unit) || (joining > 0 && group.members.length + joining > input.limit)) continue;
      if (!home || count > here.get(home)!) home = group;
    }
    if (home) {
      for (const id of unit.ids) if (groupOf.get(id) !== home) (remove(id), add(home, id));
      continue;
    }
    for (const id of unit.ids) remove(id);
    pending.push(unit);
  }
  // A group over its limit (after a drag) sheds its smallest units that are free to move.
  for (const group of groups) {
    if (group.pinned) continue;
    while (group.members.length > input.limit) {
      const movable = [...new Set(group.members.filter((id) => !group.pinnedIds.has(id)).map(unitOf))]
        .filter((unit) => !unit.ids.some((id) => group.pinnedIds.has(id)))
        .sort((a, b) => a.ids.length - b.ids.length || b.index - a.index);
      const unit = movable[0];
      if (!unit) break;
      for (const id of unit.ids) remove(id);
      pending.push(unit);
    }
  }
  // A fresh plan keeps only the groups that hold someone pinned.
  const kept = mode === 'plan' ? groups.filter((g) => g.pinned || g.members.length > 0) : groups;

  // The schedule of the groups kept: valid ones stay, the others get a new guide or departure below.
  const toSchedule = kept.filter((group) => {
    const guide = group.guideId === null ? undefined : guideById.get(group.guideId);
    return !group.pinned && !(group.departure !== null && guide !== undefined && canLead(guide, { language: group.language, stepFree: false }));
  });

  // A fresh plan makes the fewest groups the limit allows, at least enough for those who follow one language only;
  // a re-plan adds groups only when someone finds no room (below).
  const newNeeds = mode === 'plan' ? groupsToMake(pending, kept.filter((g) => !g.pinned), input.limit) : [];

  let counter = 0;
  const taken = new Set(groups.map((g) => g.id));
  const takenNames = new Set(groups.map((g) => g.name));
  const newGroup = (language: string): WorkGroup => {
    let id: string;
    do id = `${input.tourId}-group-${++counter}`;
    while (taken.has(id));
    taken.add(id);
    return { id, name: '', language, guideId: null, departure: null, pinned: false, pinnedIds: new Set(), members: [], affiliations: new Map(), existing: false, open: false };
  };
  const all = [...kept];
  const schedule = (targets: readonly WorkGroup[], needs: readonly GuideNeed[]): boolean => {
    const fixed: FixedVisit[] = all.filter((g) => !targets.includes(g) && g.departure !== null).map((g) => ({ guideId: g.guideId, departure: g.departure! }));
    const found = scheduleDepartures(input, needs, fixed);
    found.forEach((slot, i) => {
      const group = targets[i]!;
      group.guideId = slot?.guideId ?? null;
      group.departure = slot?.departure ?? null;
    });
    return found.every((slot) => slot !== null);
  };
  const created = newNeeds.map((need) => newGroup(need.language));
  schedule([...toSchedule, ...created], [
    ...toSchedule.map((g) => ({ language: g.language, stepFree: g.members.some((id) => visitorById.get(id)?.stepFree) })),
    ...newNeeds,
  ]);
  for (const group of created) if (group.departure !== null) all.push(group);
  // A kept group that found no guide or departure cannot leave: who is free to move waits for another group.
  for (const group of toSchedule) {
    if (group.departure !== null) continue;
    for (const unit of new Set(group.members.filter((id) => !isPinned(id)).map(unitOf))) {
      if (unit.ids.some(isPinned)) continue;
      for (const id of unit.ids) remove(id);
      pending.push(unit);
    }
  }
  // Kinds of group (language, step-free) for which no further guide or departure could be found.
  const exhausted = new Set<string>();

  // Hardest first: step-free units, then the largest; each into the emptiest group that fits, mixing affiliations.
  const order = [...pending].sort((a, b) => Number(b.stepFree) - Number(a.stepFree) || a.languages.length - b.languages.length || b.ids.length - a.ids.length || a.index - b.index);
  const unplaced: string[] = [];
  const byLanguage = new Map<string, WorkGroup[]>();
  const openGroup = (group: WorkGroup) => {
    group.open = true;
    sizes.change(group.language, null, group.members.length);
    (byLanguage.get(group.language) ?? byLanguage.set(group.language, []).get(group.language)!).push(group);
  };
  for (const group of all) if (!group.pinned && group.departure !== null) openGroup(group);
  // Each language's scan starts after the group chosen last, so groups fill in turn and a few looks find the emptiest.
  const cursor = new Map<string, number>();
  const choose = (unit: Unit): WorkGroup | null => {
    // Languages with the emptiest groups first; one whose emptiest group is fuller than the best found is skipped.
    const floors = unit.languages.map((language) => ({ language, floor: sizes.floor(language) })).sort((a, b) => a.floor - b.floor);
    const floor = floors[0]?.floor ?? Infinity;
    let best: WorkGroup | null = null;
    let bestSame = 0;
    let bestAt: [string, number] = ['', 0];
    let looked = 0;
    for (const { language, floor: emptiest } of floors) {
      if (best && emptiest > best.members.length) break;
      const groups = byLanguage.get(language) ?? [];
      const start = cursor.get(language) ?? 0;
      for (let k = 0; k < groups.length; k++) {
        const at = (start + k) % groups.length;
        const group = groups[at]!;
        const size = group.members.length;
        if (size + unit.ids.length > input.limit || (best && size > best.members.length)) continue;
        if (unit.stepFree && !stepFreeGuide(group)) continue;
        const counts = group.affiliations ?? (group.affiliations = countAffiliations(group.members, visitorById));
        const same = unit.affiliations.reduce((s, a) => s + (a ? (counts.get(a) ?? 0) : 0), 0);
        if (!best || size < best.members.length || same < bestSame) {
          best = group;
          bestSame = same;
          bestAt = [language, at];
        }
        // Among the emptiest groups, a few looks are enough to mix affiliations: spreading them is a soft goal.
        if (size === floor) looked += 1;
        if (best.members.length === floor && (bestSame === 0 || looked >= AFFILIATION_LOOKS)) {
          cursor.set(bestAt[0], bestAt[1] + 1);
          return best;
        }
      }
    }
    if (best) cursor.set(bestAt[0], bestAt[1] + 1);
    return best;
  };
  for (const unit of order) {
    let target = choose(unit);
    const kind = `${unit.languages.join('/')}|${unit.stepFree}`;
    if (!target && !exhausted.has(kind)) {
      // The unit's first language whose guides can still take one more group.
      for (const language of unit.languages) {
        const extra = newGroup(language);
        if (!schedule([extra], [{ language, stepFree: unit.stepFree }])) continue;
        all.push(extra);
        openGroup(extra);
        target = extra;
        break;
      }
      if (!target) exhausted.add(kind);
    }
    if (!target) {
      unplaced.push(...unit.ids);
      continue;
    }
    for (const id of unit.ids) add(target, id);
  }

  const finalGroups = all.filter((g) => g.existing || g.members.length > 0);
  nameNewGroups(finalGroups, input.groupWord, takenNames);
  if (unplaced.length > 0) problems.push(...explainImpossible(input, units.filter((u) => !blocked.has(u)), unplaced));
  return {
    groups: finalGroups.map(toTourGroup),
    problems,
    moves: movesBetween(before, groupOf, input.visitors.map((v) => v.id)),
    unplaced: [...unplaced, ...[...blocked].flatMap((u) => u.ids)],
  };
}

/**
 * The groups a fresh plan adds: for each language, enough for those who follow only that one (and for the step-free
 * among them), then up to the fewest groups for everyone, in the language most people prefer.
 */
function groupsToMake(pending: readonly Unit[], open: readonly WorkGroup[], limit: number): GuideNeed[] {
  const size = (units: readonly Unit[]) => units.reduce((sum, u) => sum + u.ids.length, 0);
  const needs: GuideNeed[] = [];
  const count = (language: string) => open.filter((g) => g.language === language).length + needs.filter((n) => n.language === language).length;
  const languages = [...new Set(pending.flatMap((u) => u.languages))].sort();
  for (const language of languages) {
    const only = pending.filter((u) => u.languages.length === 1 && u.languages[0] === language);
    const stepFree = Math.ceil(size(only.filter((u) => u.stepFree)) / limit);
    const total = Math.ceil(size(only) / limit);
    const have = count(language);
    for (let k = have; k < Math.max(total, stepFree); k++) needs.push({ language, stepFree: k < stepFree });
  }
  const everyone = Math.ceil(size(pending) / limit) - open.length;
  const preferred = new Map<string, number>();
  for (const unit of pending) preferred.set(unit.languages[0]!, (preferred.get(unit.languages[0]!) ?? 0) + unit.ids.length);
  const favourite = [...preferred].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  // Someone on the step-free route who could join several languages: the first of the other groups takes that route.
  let stepFree = pending.some((u) => u.stepFree) && !needs.some((n) => n.stepFree);
  while (favourite !== undefined && needs.length < everyone) {
    needs.push({ language: favourite, stepFree });
    stepFree = false;
  }
  return needs;
}

function countAffiliations(members: readonly string[], visitors: ReadonlyMap<string, Visitor>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of members) {
    const affiliation = visitors.get(id)?.affiliation ?? '';
    counts.set(affiliation, (counts.get(affiliation) ?? 0) + 1);
  }
  return counts;
}

/** New groups are numbered after the others in departure order: "Groupe 6", "Groupe 7 (English)". */
function nameNewGroups(groups: WorkGroup[], word: string, takenNames: Set<string>): void {
  groups.sort((a, b) => (a.departure ?? Infinity) - (b.departure ?? Infinity) || (a.id < b.id ? -1 : 1));
  let n = 0;
  for (const group of groups) {
    if (group.existing) continue;
    let name: string;
    do {
      n += 1;
      name = group.language === 'fr' ? `${word} ${n}` : `${word} ${n} (${LANGUAGE_NAMES[group.language] ?? group.language.toUpperCase()})`;
    } while (takenNames.has(name) || takenNames.has(`${word} ${n}`));
    takenNames.add(name);
    group.name = name;
  }
}

function toTourGroup(group: WorkGroup): TourGroup {
  return {
    id: group.id,
    name: group.name,
    guideId: group.guideId,
    language: group.language,
    departure: group.departure === null ? null : toTime(group.departure),
    participantIds: group.members,
    pinned: group.pinned,
    pinnedParticipantIds: group.members.filter((id) => group.pinnedIds.has(id)),
  };
}

function movesBetween(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, WorkGroup>, eligible: readonly string[]): TourMove[] {
  const moves: TourMove[] = [];
  for (const [participantId, from] of before) {
    const to = after.get(participantId)?.id ?? null;
    if (to !== from) moves.push({ participantId, from, to });
  }
  for (const participantId of eligible) {
    if (!before.has(participantId) && after.has(participantId)) moves.push({ participantId, from: null, to: after.get(participantId)!.id });
  }
  return moves;
}

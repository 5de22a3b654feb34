/** The guided visit of the Palais de la Bourse: balanced groups of at most 30, companions together, staggered. */
import type { Participant, Tour, TourGroup } from '../model/schema.ts';
import { toMinutes, toTime } from '../model/time.ts';
import { TOUR_TIMING } from './evening.ts';
import { OPTION, SESSION, TOUR_ID } from './ids.ts';
import { syntheticIds } from './people.ts';
import { VENUE } from './venues.ts';

const GROUP_SIZE_LIMIT = 30;

/** People who came together, as one unit that goes into one group. */
function units(visitors: readonly Participant[]): Participant[][] {
  const byId = new Map(visitors.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const result: Participant[][] = [];
  for (const visitor of visitors) {
    if (seen.has(visitor.id)) continue;
    const unit = [visitor, ...visitor.companionIds.flatMap((id) => byId.get(id) ?? [])].filter((p) => !seen.has(p.id));
    for (const member of unit) seen.add(member.id);
    result.push(unit);
  }
  return result;
}

/**
 * Balanced groups of at most `limit`, companions together, largest units first. With `englishGroup`, the last
 * group takes the units who all speak English, then French speakers fill it up like the others.
 */
export function groupVisitors(visitors: readonly Participant[], groupCount: number, limit: number, englishGroup: boolean): string[][] {
  const groups: string[][] = Array.from({ length: groupCount }, () => []);
  const english = groupCount - 1;
  const ordered = units(visitors).sort((a, b) => b.length - a.length);
  const speaksEnglish = (unit: Participant[]) => englishGroup && unit.every((p) => p.language === 'en');
  const all = groups.map((_, index) => index);
  for (const unit of [...ordered.filter(speaksEnglish), ...ordered.filter((u) => !speaksEnglish(u))]) {
    const candidates = speaksEnglish(unit) ? [english] : all;
    const fitting = candidates.filter((index) => (groups[index]?.length ?? 0) + unit.length <= limit);
    const target = (fitting.length > 0 ? fitting : all).reduce((best, index) =>
      (groups[index]?.length ?? 0) < (groups[best]?.length ?? 0) ? index : best,
    );
    groups[target]?.push(...unit.map((p) => p.id));
  }
  return groups;
}

export function sampleTour(participants: readonly Participant[]): Tour {
  const visitors = participants.filter((p) => p.registrations.includes(OPTION.tour));
  const guides = syntheticIds('guide');
  const groupCount = Math.max(TOUR_TIMING.groups, Math.ceil(visitors.length / GROUP_SIZE_LIMIT));
  const groups: TourGroup[] = groupVisitors(visitors, groupCount, GROUP_SIZE_LIMIT, true).map((participantIds, index) => ({
    id: `tour-group-${index + 1}`,
    name: index === groupCount - 1 ? `Groupe ${index + 1} (English)` : `Groupe ${index + 1}`,
    guideId: guides[index % guides.length] ?? null,
    language: index === groupCount - 1 ? 'en' : 'fr',
    departure: toTime(toMinutes(TOUR_TIMING.start) + index * TOUR_TIMING.intervalMinutes),
    participantIds,
  }));
  return {
    id: TOUR_ID,
    name: 'Visite guidée du Palais de la Bourse',
    sessionId: SESSION.tour,
    venueId: VENUE.bourse,
    groupSizeLimit: GROUP_SIZE_LIMIT,
    tourMinutes: TOUR_TIMING.tourMinutes,
    intervalMinutes: TOUR_TIMING.intervalMinutes,
    guideIds: guides,
    groups,
    // Groups of 30 are the seed's; the length of the visit, the interval and the guides are not.
    assumed: ['tourMinutes', 'intervalMinutes', 'guideIds', 'groups'],
  };
}

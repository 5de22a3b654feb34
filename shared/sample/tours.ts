/** The guided visit of the Palais de la Bourse, its groups made by the tour planner like any organiser's. */
import type { Participant, Person, Tour, TourGuide } from '../model/schema.ts';
import { toMinutes, toTime } from '../model/time.ts';
import { planTour } from '../tours/planner.ts';
import { visitorOf } from '../tours/input.ts';
import type { TourInput } from '../tours/types.ts';
import { fullName } from '../model/people.ts';
import { TOUR_TIMING } from './evening.ts';
import { OPTION, SESSION, TOUR_ID } from './ids.ts';
import { syntheticIds } from './people.ts';
import { VENUE } from './venues.ts';
import { registeredFor } from '../model/registrations.ts';

/** The tour's groups as the planner makes them for these registrants, guides and window. */
export function plannedGroups(tour: Tour, participants: readonly Participant[], people: readonly Person[]): Tour['groups'] {
  const names = new Map(people.map((p) => [p.id, fullName(p)]));
  const input: TourInput = {
    tourId: tour.id,
    limit: tour.groupSizeLimit,
    tourMinutes: tour.tourMinutes,
    intervalMinutes: tour.intervalMinutes,
    earliest: tour.earliestDeparture === null ? null : toMinutes(tour.earliestDeparture),
    latest: tour.latestReturn === null ? null : toMinutes(tour.latestReturn),
    visitors: (tour.optionId === null ? [] : registeredFor(participants, new Set([tour.optionId]))).map(visitorOf),
    guides: tour.guides.map((g) => ({ id: g.personId, name: names.get(g.personId) ?? g.personId, languages: g.languages, stepFree: g.stepFree, windows: [] })),
    groups: [],
    groupWord: 'Groupe',
  };
  return planTour(input, 'plan').groups;
}

/** Four French-speaking guides and one who also guides in English; two of them take the step-free route (assumed). */
const sampleGuides = (): TourGuide[] =>
  syntheticIds('guide').map((personId, index, all) => ({
    personId,
    languages: index === all.length - 1 ? ['fr', 'en'] : ['fr'],
    stepFree: index === 0 || index === all.length - 1,
  }));

export function sampleTour(participants: readonly Participant[], people: readonly Person[]): Tour {
  const start = toMinutes(TOUR_TIMING.start);
  const tour: Tour = {
    id: TOUR_ID,
    name: 'Visite guidée du Palais de la Bourse',
    sessionId: SESSION.tour,
    venueId: VENUE.bourse,
    meetingPoint: 'Cour d’honneur, au pied de l’escalier',
    optionId: OPTION.tour,
    groupSizeLimit: 30,
    tourMinutes: TOUR_TIMING.tourMinutes,
    intervalMinutes: TOUR_TIMING.intervalMinutes,
    earliestDeparture: TOUR_TIMING.start,
    latestReturn: toTime(start + (TOUR_TIMING.groups - 1) * TOUR_TIMING.intervalMinutes + TOUR_TIMING.tourMinutes),
    guides: sampleGuides(),
    groups: [],
    // Groups of 30 are the seed's; the length of the visit, the interval, the window and the guides are not.
    assumed: ['meetingPoint', 'tourMinutes', 'intervalMinutes', 'earliestDeparture', 'latestReturn', 'guides', 'groups'],
  };
  return { ...tour, groups: plannedGroups(tour, participants, people) };
}

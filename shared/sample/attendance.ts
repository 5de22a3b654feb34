/** Headcounts the programme is sized from, counted from the participants' registrations. */
import type { Participant } from '../model/schema.ts';
import { OPTION } from './ids.ts';
import { registeredFor } from '../model/registrations.ts';

export interface Attendance {
  readonly firstDay: number;
  readonly secondDay: number;
  readonly engineers: number;
  /** Everyone on site at lunch and the breaks: annual-days registrants of the day and the engineers. */
  readonly firstDayOnSite: number;
  readonly secondDayOnSite: number;
  readonly workshops: readonly number[];
  readonly hackathons: readonly number[];
  readonly socialEvening: number;
  readonly tour: number;
  /** Local ecosystem and press invited to the public sequence of the evening (assumed). */
  readonly publicGuests: number;
}

export function countAttendance(participants: readonly Participant[]): Attendance {
  const count = (...options: string[]) => registeredFor(participants, new Set(options)).length;
  return {
    firstDay: count(OPTION.firstDay),
    secondDay: count(OPTION.secondDay),
    engineers: count(OPTION.seminar),
    firstDayOnSite: count(OPTION.firstDay, OPTION.seminar),
    secondDayOnSite: count(OPTION.secondDay, OPTION.seminar),
    workshops: OPTION.workshops.map((option) => count(option)),
    hackathons: OPTION.hackathons.map((option) => count(option)),
    socialEvening: count(OPTION.socialEvening),
    tour: count(OPTION.tour),
    publicGuests: 40,
  };
}

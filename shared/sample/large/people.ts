/** Speakers, chairs and hosts of a large synthetic event, booked so that nobody is in two places at once. */
import type { Person } from '../../model/schema.ts';
import { overlaps } from '../../model/time.ts';
import { emailBook, syntheticName } from '../names.ts';
import type { Random } from '../random.ts';

export function largePeople(count: number, random: Random): Person[] {
  const email = emailBook();
  return Array.from({ length: count }, (_, index) => {
    const name = syntheticName(random, 0.15);
    return {
      id: `person-${String(index + 1).padStart(4, '0')}`,
      firstName: name.firstName,
      lastName: name.lastName,
      affiliation: name.affiliation.name,
      email: email(name.firstName, name.lastName, name.affiliation.domain),
      availability: [],
      assumed: [],
    };
  });
}

interface Booking {
  readonly day: string;
  readonly venueId: string;
  readonly start: number;
  readonly end: number;
}

/** Who is where when, so that a person is given a session only when they can get there. */
export class PeopleDiary {
  private readonly bookings = new Map<string, Booking[]>();

  constructor(private readonly travelMinutes: (from: string, to: string) => number) {}

  isFree(personId: string, booking: Booking): boolean {
    return (this.bookings.get(personId) ?? []).every((other) => {
      if (other.day !== booking.day) return true;
      const travel = other.venueId === booking.venueId ? 0 : this.travelMinutes(other.venueId, booking.venueId);
      return !overlaps(other.start - travel, other.end + travel, booking.start, booking.end);
    });
  }

  book(personId: string, booking: Booking | null): void {
    if (!booking) return;
    const list = this.bookings.get(personId);
    if (list) list.push(booking);
    else this.bookings.set(personId, [booking]);
  }
}

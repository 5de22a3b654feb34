/** Registrants of a large synthetic event, with registrations to workshops and hackathons that never overlap. */
import type { Diet, Participant, RegistrationOption, Room, Session } from '../../model/schema.ts';
import { overlaps, sessionSpan } from '../../model/time.ts';
import { emailBook, syntheticName } from '../names.ts';
import type { Random } from '../random.ts';

const ROLES = ['Doctorant·e', 'Post-doctorant·e', 'Chercheur·e', 'Ingénieur·e', 'Clinicien·ne', 'Étudiant·e', 'Chef·fe de projet'] as const;
const DIETS: readonly Diet[] = ['vegetarian', 'vegetarian', 'vegan', 'halal', 'gluten-free', 'kosher', 'other'];

export const dayOption = (date: string) => `option-day-${date}`;
export const SOCIAL_OPTION = 'option-social-evening';
export const TOUR_OPTION = 'option-guided-tour';

/** A day each, the evening, the tour, and one per workshop or hackathon (which name their session). */
export function largeOptions(days: readonly string[], sessions: readonly Session[], tour: Session | null): RegistrationOption[] {
  return [
    ...days.map((day, index) => ({ id: dayOption(day), label: `Jour ${index + 1}`, kind: 'day' as const, sessionId: null, day })),
    { id: SOCIAL_OPTION, label: 'Soirée', kind: 'social-evening', sessionId: null, day: days[0] ?? null },
    ...(tour ? [{ id: TOUR_OPTION, label: tour.title, kind: 'tour' as const, sessionId: tour.id, day: tour.slot?.day ?? null }] : []),
    ...sessions
      .filter((s) => s.parentId === null && (s.kind === 'workshop' || s.kind === 'hackathon'))
      .map((s) => ({ id: `option-${s.id}`, label: s.title, kind: s.kind as 'workshop' | 'hackathon', sessionId: s.id, day: s.slot?.day ?? null })),
  ];
}

interface Seat {
  readonly option: RegistrationOption;
  readonly day: string | null;
  readonly span: { start: number; end: number } | null;
  left: number;
  taken: number;
}

export interface ParticipantsInput {
  readonly count: number;
  readonly days: readonly string[];
  readonly options: readonly RegistrationOption[];
  readonly sessions: readonly Session[];
  readonly rooms: readonly Room[];
  /** How many can take the tour: its groups are sized for it. */
  readonly tourSeats: number;
  readonly random: Random;
}

/** Registrants, and the headcount of each workshop and hackathon written into its session. */
export function largeParticipants(input: ParticipantsInput): Participant[] {
  const { random, days } = input;
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  const capacity = new Map(input.rooms.map((r) => [r.id, r.capacity]));
  const seats: Seat[] = input.options.flatMap((option) => {
    const session = option.sessionId ? sessions.get(option.sessionId) : undefined;
    if (!session) return [];
    const left = option.kind === 'tour' ? input.tourSeats : Math.floor((session.slot ? (capacity.get(session.slot.roomId) ?? 0) : 80) * 0.9);
    return [{ option, day: session.slot?.day ?? null, span: sessionSpan(session), left, taken: 0 }];
  });
  const tourSeat = seats.find((s) => s.option.kind === 'tour');
  const workshopSeats = seats.filter((s) => s.option.kind !== 'tour');
  const clashes = (a: Seat, b: Seat) => !!a.span && !!b.span && a.day === b.day && overlaps(a.span.start, a.span.end, b.span.start, b.span.end);
  const email = emailBook();
  const participants: Participant[] = [];

  for (let index = 0; index < input.count; index++) {
    const name = syntheticName(random, 0.12);
    const chosen: Seat[] = [];
    if (tourSeat && tourSeat.left > 0 && random.chance(0.06)) chosen.push(tourSeat);
    const limit = chosen.length + random.pick([0, 0, 1, 1, 2]);
    for (let attempt = 0; attempt < 6 && chosen.length < limit && workshopSeats.length > 0; attempt++) {
      const seat = random.pick(workshopSeats);
      if (seat.left > 0 && !chosen.includes(seat) && !chosen.some((other) => clashes(seat, other))) chosen.push(seat);
    }
    for (const seat of chosen) {
      seat.left--;
      seat.taken++;
    }
    const firstDay = random.int(0, days.length - 1);
    const attending = random.chance(0.8) ? days : days.slice(firstDay, random.int(firstDay + 1, days.length));
    const dayList = new Set([...attending, ...chosen.flatMap((seat) => (seat.day ? [seat.day] : []))]);
    const registrations = [
      ...days.filter((day) => dayList.has(day)).map(dayOption),
      ...(random.chance(0.6) ? [SOCIAL_OPTION] : []),
      ...chosen.map((seat) => seat.option.id),
    ];
    participants.push({
      id: `participant-${String(index + 1).padStart(5, '0')}`,
      firstName: name.firstName,
      lastName: name.lastName,
      email: email(name.firstName, name.lastName, name.affiliation.domain),
      affiliation: name.affiliation.name,
      role: random.pick(ROLES),
      language: name.language,
      otherLanguages: name.language === 'fr' ? ['en'] : [],
      registrations,
      companionIds: [],
      diet: random.chance(0.82) ? 'none' : random.pick(DIETS),
      allergies: random.chance(0.02) ? 'Fruits à coque' : '',
      ...(random.chance(0.01) ? { accessibility: 'Fauteuil roulant', stepFree: true } : { accessibility: '', stepFree: false }),
      notes: '',
      importedValues: {},
      toCheck: [],
    });
  }
  pairCompanions(participants, random);
  for (const seat of seats) {
    const session = seat.option.sessionId ? sessions.get(seat.option.sessionId) : undefined;
    if (session && seat.option.kind !== 'tour') session.expectedAudience = seat.taken;
  }
  return participants;
}

/** About one in thirty came with the next person on the list. */
function pairCompanions(participants: Participant[], random: Random): void {
  for (let index = 0; index + 1 < participants.length; index++) {
    if (!random.chance(0.03)) continue;
    const a = participants[index] as Participant;
    const b = participants[index + 1] as Participant;
    a.companionIds.push(b.id);
    b.companionIds.push(a.id);
    index++;
  }
}

/**
 * The sessions of a large synthetic event: a mix of kinds, thematic sessions with talks inside, most placed
 * day by day and room by room with the changeover between them, some left in the backlog.
 */
import type { Audience, Equipment, Person, PersonRole, RoomLayout, Session, SessionKind, Theme } from '../../model/schema.ts';
import { toMinutes, toTime } from '../../model/time.ts';
import type { Random } from '../random.ts';
import type { PeopleDiary } from './people.ts';
import type { LargeRoom, RoomUse } from './venues.ts';

/** One line of a room's day: the next free minute and the end of the day for that use. */
interface Timeline {
  readonly day: string;
  readonly room: LargeRoom;
  cursor: number;
  end: number;
}

/** Plenaries and keynotes have the first hours of the day to themselves, before the parallel rooms open. */
const HOURS: Record<RoomUse, readonly [string, string]> = {
  plenary: ['08:00', '09:30'],
  general: ['09:30', '19:30'],
  catering: ['09:30', '20:00'],
  posters: ['09:30', '20:00'],
};

interface KindProfile {
  readonly kind: SessionKind;
  readonly share: number;
  readonly minutes: readonly number[];
  readonly use: RoomUse;
  readonly roles: readonly PersonRole[];
  readonly equipment: readonly Equipment[];
  readonly layout: RoomLayout | null;
  readonly words: readonly string[];
}

const PROFILES: readonly KindProfile[] = [
  { kind: 'thematic-session', share: 0.07, minutes: [], use: 'general', roles: ['chair'], equipment: ['projector', 'microphones'], layout: null, words: ['Session'] },
  { kind: 'keynote', share: 0.006, minutes: [45], use: 'plenary', roles: ['speaker'], equipment: ['projector', 'microphones'], layout: 'theatre', words: ['Keynote'] },
  { kind: 'plenary', share: 0.004, minutes: [30, 40], use: 'plenary', roles: ['speaker', 'speaker'], equipment: ['projector', 'microphones'], layout: 'theatre', words: ['Plénière'] },
  { kind: 'workshop', share: 0.08, minutes: [90, 120], use: 'general', roles: ['moderator'], equipment: ['projector'], layout: null, words: ['Atelier'] },
  { kind: 'hackathon', share: 0.02, minutes: [180, 240], use: 'general', roles: ['host'], equipment: ['wifi'], layout: null, words: ['Hackathon'] },
  { kind: 'poster-session', share: 0.02, minutes: [60, 90], use: 'posters', roles: [], equipment: ['poster-boards'], layout: 'hall', words: ['Session posters'] },
  { kind: 'institutional', share: 0.004, minutes: [30], use: 'plenary', roles: ['speaker', 'host'], equipment: ['microphones'], layout: null, words: ['Allocution'] },
  { kind: 'break', share: 0.04, minutes: [20, 30], use: 'catering', roles: [], equipment: ['catering-area'], layout: null, words: ['Pause café'] },
  { kind: 'meal', share: 0.02, minutes: [60, 75], use: 'catering', roles: [], equipment: ['catering-area'], layout: null, words: ['Déjeuner'] },
  { kind: 'social', share: 0.01, minutes: [60, 90], use: 'general', roles: [], equipment: [], layout: null, words: ['Rencontre'] },
  { kind: 'talk', share: 1, minutes: [20, 25, 30], use: 'general', roles: ['speaker'], equipment: ['projector', 'microphones'], layout: null, words: ['Exposé'] },
];

const TOPICS = [
  'cohortes', 'imagerie cérébrale', 'ECG ambulatoire', 'jumeaux numériques', 'apprentissage fédéré', 'vie privée',
  'dossiers patients', 'santé mentale', 'oncologie', 'télésurveillance', 'génomique', 'interopérabilité', 'IA de confiance',
  'données de vie réelle', 'capteurs portés', 'réanimation', 'pédiatrie', 'épidémiologie',
] as const;

const AUDIENCES: readonly (readonly Audience[])[] = [['annual-days'], ['annual-days'], ['annual-days'], ['engineers-seminar'], ['annual-days', 'public']];

export interface ProgrammeInput {
  readonly sessions: number;
  readonly days: readonly string[];
  readonly rooms: readonly LargeRoom[];
  readonly themes: readonly Theme[];
  readonly people: readonly Person[];
  readonly diary: PeopleDiary;
  readonly random: Random;
  /** Sessions placed before the others (the guided tour), already with their people. */
  readonly fixed: readonly Session[];
}

export function largeProgramme(input: ProgrammeInput): Session[] {
  const { random } = input;
  const timelines = new Map<RoomUse, Timeline[]>();
  for (const day of input.days) {
    for (const room of input.rooms) {
      const [start, end] = HOURS[room.use];
      const list = timelines.get(room.use) ?? [];
      list.push({ day, room, cursor: toMinutes(start), end: toMinutes(end) });
      timelines.set(room.use, list);
    }
  }
  const pointer = new Map<RoomUse, number>();
  const venueOf = (roomId: string) => input.rooms.find((r) => r.room.id === roomId)?.room.venueId ?? '';

  /** The next timeline of that use with room for `minutes`, taken in turn so that days and rooms fill evenly. */
  const place = (use: RoomUse, minutes: number): Timeline | null => {
    const list = timelines.get(use) ?? [];
    const from = pointer.get(use) ?? 0;
    for (let attempt = 0; attempt < list.length; attempt++) {
      const index = (from + attempt) % list.length;
      const line = list[index] as Timeline;
      if (line.cursor + minutes <= line.end) {
        pointer.set(use, (index + 1) % list.length);
        return line;
      }
    }
    return null;
  };

  const sessions: Session[] = [];
  // Fixed sessions close a day in the largest free room: the tour leaves at the end of the afternoon.
  for (const [index, fixed] of input.fixed.entries()) {
    const day = input.days[index % input.days.length];
    const line = (timelines.get('general') ?? [])
      .filter((t) => t.day === day && t.end - t.cursor >= fixed.durationMinutes)
      .reduce<Timeline | null>((best, t) => (!best || t.room.room.capacity > best.room.room.capacity ? t : best), null);
    if (!line) continue;
    line.end -= fixed.durationMinutes;
    fixed.slot = { roomId: line.room.room.id, day: line.day, start: toTime(line.end) };
    line.end -= line.room.room.changeoverMinutes;
    sessions.push(fixed);
  }

  const people = input.people.map((p) => p.id);
  const cast = (roles: readonly PersonRole[], day: string | null, roomId: string | null, start: number, end: number) =>
    roles.flatMap((role) => {
      for (let attempt = 0; attempt < 6; attempt++) {
        const personId = random.pick(people);
        const booking = day && roomId ? { day, venueId: venueOf(roomId), start, end } : null;
        if (booking && !input.diary.isFree(personId, booking)) continue;
        input.diary.book(personId, booking);
        return [{ personId, role }];
      }
      return [];
    });

  const pickProfile = (): KindProfile => {
    let roll = random.next();
    for (const profile of PROFILES) {
      if (roll < profile.share) return profile;
      roll -= profile.share;
    }
    return PROFILES[PROFILES.length - 1] as KindProfile;
  };

  let number = 0;
  const nextId = () => `session-${String(++number).padStart(5, '0')}`;
  while (sessions.length < input.sessions) {
    const profile = pickProfile();
    const remaining = input.sessions - sessions.length;
    const childCount = profile.kind === 'thematic-session' ? Math.min(random.int(3, 4), remaining - 1) : 0;
    if (profile.kind === 'thematic-session' && childCount < 1) continue;
    const childMinutes = 20;
    const duration = childCount > 0 ? childCount * childMinutes : random.pick(profile.minutes);
    const theme = random.chance(0.85) ? random.pick(input.themes) : null;
    // Some of the programme is not placed yet: the organiser still has a backlog.
    const line = random.chance(0.07) ? null : place(profile.use, duration);
    const idle = random.chance(0.2) ? 5 * random.int(1, 6) : 0;
    if (line && line.cursor + idle + duration <= line.end) line.cursor += idle;
    const day = line?.day ?? null;
    const roomId = line?.room.room.id ?? null;
    const start = line?.cursor ?? 0;
    const capacity = line?.room.room.capacity ?? 150;
    const expectedAudience = line ? random.int(Math.ceil(capacity * 0.4), Math.floor(capacity * 0.95)) : random.int(20, 150);
    const audience = [...random.pick(AUDIENCES)];
    const topic = random.pick(TOPICS);
    const parent: Session = {
      id: nextId(),
      kind: profile.kind,
      title: `${random.pick(profile.words)} — ${theme ? `${theme.name}, ` : ''}${topic}`,
      themeId: theme?.id ?? null,
      durationMinutes: duration,
      expectedAudience,
      audience,
      people: cast(profile.roles, day, roomId, start, start + duration),
      needs: { equipment: [...profile.equipment], layout: profile.layout },
      parentId: null,
      slot: line && day && roomId ? { roomId, day, start: toTime(start) } : null,
      description: '',
      assumed: [],
    };
    sessions.push(parent);
    for (let child = 0; child < childCount; child++) {
      const childStart = start + child * childMinutes;
      sessions.push({
        ...parent,
        id: nextId(),
        kind: 'talk',
        title: `Exposé ${child + 1} — ${topic}`,
        durationMinutes: childMinutes,
        audience: [...audience],
        people: cast(['speaker'], day, roomId, childStart, childStart + childMinutes),
        needs: { equipment: [...parent.needs.equipment], layout: null },
        parentId: parent.id,
        slot: parent.slot ? { ...parent.slot, start: toTime(childStart) } : null,
      });
    }
    if (line) line.cursor += duration + line.room.room.changeoverMinutes;
  }
  return sessions;
}

/** A few real mistakes, as organisers make them: a session dropped onto an occupied room, a room too small. */
export function addMistakes(sessions: Session[], rooms: readonly LargeRoom[], random: Random): void {
  const movable = random.shuffle(sessions.filter((s) => s.slot && s.parentId === null && s.kind === 'talk'));
  const count = Math.min(Math.ceil(sessions.length / 500), Math.floor(movable.length / 2));
  for (let index = 0; index < count; index++) {
    const moved = movable[index * 2] as Session;
    const target = movable[index * 2 + 1] as Session;
    if (target.slot) moved.slot = { ...target.slot };
  }
  const crowded = movable[movable.length - 1];
  const capacity = new Map(rooms.map((r) => [r.room.id, r.room.capacity]));
  if (crowded?.slot && movable.length > 2 * count) crowded.expectedAudience = (capacity.get(crowded.slot.roomId) ?? 0) + random.int(5, 30);
}

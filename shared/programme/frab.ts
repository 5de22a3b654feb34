/** The frab schedule (schedule.xml and its JSON twin) as Régie reads and writes it: the vocabulary import and export share. */
import type { SessionKind } from '../model/schema.ts';

/** One person of an event, as the schedule names them. */
export interface FrabPerson {
  /** The schedule's own id for the person (frab's numeric id, pretalx's code), or null. */
  id: string | null;
  guid: string | null;
  name: string;
}

export interface FrabLink {
  href: string;
  title: string;
}

/** One talk, workshop, break… in one room at one time. */
export interface FrabEvent {
  guid: string | null;
  /** frab's numeric id, kept as text (pretalx and c3voc both write it as a number). */
  id: string | null;
  slug: string;
  /** The start as an ISO date-time with its offset ("2025-10-14T09:00:00+02:00"), as frab writes `date`. */
  date: string;
  /** Local start, "HH:MM". */
  start: string;
  /** Length, "HH:MM" (hours may pass 24). */
  duration: string;
  /** The room's name, as the day's `<room name>` says it. */
  room: string;
  title: string;
  subtitle: string;
  track: string;
  type: string;
  /** A language code ("fr", "en"), or empty. */
  language: string;
  abstract: string;
  description: string;
  persons: FrabPerson[];
  links: FrabLink[];
  /** The line of `<event>` in schedule.xml, for messages; null for JSON. */
  line: number | null;
}

export interface FrabRoomDay {
  name: string;
  guid: string | null;
  events: FrabEvent[];
}

export interface FrabDay {
  /** 1 for the first day. */
  index: number;
  /** "YYYY-MM-DD". */
  date: string;
  /** ISO date-times with offset; the day's first and last moment as the schedule gives them (may be empty). */
  start: string;
  end: string;
  rooms: FrabRoomDay[];
  line: number | null;
}

export interface FrabTrack {
  name: string;
  /** "#rrggbb", or null when the schedule gives none. */
  color: string | null;
}

export interface FrabRoom {
  name: string;
  guid: string | null;
}

export interface FrabConference {
  acronym: string;
  title: string;
  /** "YYYY-MM-DD", or empty. */
  start: string;
  end: string;
  /** An IANA time zone ("Europe/Paris"), or null when the schedule does not say. */
  timeZone: string | null;
  url: string;
  tracks: FrabTrack[];
  /** The conference's own room list (c3voc and pretalx give one); rooms only named by days come too. */
  rooms: FrabRoom[];
}

export interface FrabSchedule {
  version: string;
  conference: FrabConference;
  days: FrabDay[];
}

/** The frab `type` Régie writes for each session kind ("lecture" is frab's word for a talk). */
export const FRAB_TYPE_OF_KIND: Record<SessionKind, string> = {
  keynote: 'keynote',
  talk: 'lecture',
  'thematic-session': 'session',
  workshop: 'workshop',
  hackathon: 'hackathon',
  plenary: 'plenary',
  'poster-session': 'poster-session',
  institutional: 'institutional',
  social: 'social',
  break: 'break',
  meal: 'meal',
};

/** Other words schedules use for a type (frab, pretalx submission types), folded to lower case without separators. */
const KIND_OF_FOLDED_TYPE: Record<string, SessionKind> = {
  keynote: 'keynote', keynotes: 'keynote', invitedtalk: 'keynote',
  lecture: 'talk', talk: 'talk', talks: 'talk', lightningtalk: 'talk', shorttalk: 'talk', longtalk: 'talk',
  presentation: 'talk', contribution: 'talk', paper: 'talk',
  session: 'thematic-session', thematicsession: 'thematic-session', sessionthematique: 'thematic-session',
  workshop: 'workshop', tutorial: 'workshop', atelier: 'workshop',
  hackathon: 'hackathon',
  plenary: 'plenary', pleniere: 'plenary', podium: 'plenary', panel: 'plenary', roundtable: 'plenary', tableronde: 'plenary',
  postersession: 'poster-session', poster: 'poster-session', posters: 'poster-session',
  institutional: 'institutional', opening: 'institutional', closing: 'institutional', ouverture: 'institutional', cloture: 'institutional',
  social: 'social', socialevent: 'social', party: 'social', concert: 'social', meetup: 'social', meeting: 'social',
  break: 'break', pause: 'break', coffeebreak: 'break', pausecafe: 'break',
  meal: 'meal', lunch: 'meal', dinner: 'meal', dejeuner: 'meal', diner: 'meal', repas: 'meal',
};

const foldType = (type: string): string =>
  type.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/** The Régie kind for a frab type; null when the word is not known (the caller says it took "talk"). */
export function kindOfFrabType(type: string): SessionKind | null {
  return KIND_OF_FOLDED_TYPE[foldType(type)] ?? null;
}

/** "01:30", "1:30" or "01:30:00" → 90; null for anything else. */
export function parseFrabDuration(duration: string): number | null {
  const match = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(duration.trim());
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 90 → "01:30". */
export function formatFrabDuration(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/** "09:05" or "9:05" (or "09:05:00") → "09:05"; null for anything else. */
export function parseFrabTime(time: string): string | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/.exec(time.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : null;
}

/** The local day, time and offset an ISO date-time says ("2025-10-14T09:00:00+02:00"); null when it is not one. */
export function parseFrabDateTime(value: string): { day: string; time: string; offsetMinutes: number | null } | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!match || !isCalendarDay(match[1]!)) return null;
  const [, day, hours = '00', minutes = '00', zone] = match;
  if (Number(hours) > 23 || Number(minutes) > 59) return null;
  return { day: day!, time: `${hours}:${minutes}`, offsetMinutes: zone === undefined ? null : zoneMinutes(zone) };
}

/** "2025-10-14" that names a real day (no 31 June). */
export function isCalendarDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === day;
}

const zoneMinutes = (zone: string): number => {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
};

/** True when the runtime knows the time zone ("Europe/Paris"); a schedule's unknown zone is then ignored with a notice. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

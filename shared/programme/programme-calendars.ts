/** The programme as calendars: one for the whole programme, one per person of the programme with their sessions and the groups they guide. */
import type { ExportContext } from '../exports/context.ts';
import { byLastName, fullName } from '../model/people.ts';
import type { Person, PersonRole, Tour, TourGroup } from '../model/schema.ts';
import { eventInstant } from './event-time.ts';
import type { Programme, ProgrammeEntry } from './programme-entries.ts';
import { calendarText, type CalendarEvent } from './icalendar.ts';
import { stableGuid } from './stable-guid.ts';

/** The calendar of one person of the programme. */
export interface PersonalCalendar {
  readonly person: Person;
  /** How many sessions and tour groups it holds. */
  readonly events: number;
  readonly text: string;
}

/** "Orateur·rice : {names}" per role, translated once: a programme has thousands of sessions but a handful of roles. */
function roleLines(ctx: ExportContext): (role: PersonRole, names: string) => string {
  const templates = new Map<PersonRole, string>();
  return (role, names) => {
    let template = templates.get(role);
    if (template === undefined) templates.set(role, (template = ctx.t('programme.calendar.people', { role: ctx.label(`role.${role}`), names: '\u0000' })));
    return template.replace('\u0000', () => names);
  };
}

/** "Orateur·rice : Camille Maumet, Marco Lorenzi", one line per role, then the session's own description. */
function sessionDescription(roleLine: (role: PersonRole, names: string) => string, entry: ProgrammeEntry): string {
  const byRole = new Map<PersonRole, string[]>();
  for (const person of entry.people) byRole.set(person.role, [...(byRole.get(person.role) ?? []), person.name]);
  const lines = [...byRole].map(([role, names]) => roleLine(role, names.join(', ')));
  return [...lines, ...(entry.session.description ? ['', entry.session.description] : [])].join('\n');
}

const sessionEventsMade = new WeakMap<Programme, Map<ProgrammeEntry, CalendarEvent>>();

/** Each placed session as a calendar event, made once per programme: the programme's calendar and the personal ones share them. */
function sessionEvents(ctx: ExportContext, programme: Programme): Map<ProgrammeEntry, CalendarEvent> {
  let events = sessionEventsMade.get(programme);
  if (events) return events;
  const roleLine = roleLines(ctx);
  events = new Map(programme.entries.map((entry) => [entry, {
    uid: entry.guid,
    start: entry.startsAt,
    end: entry.endsAt,
    summary: entry.session.title,
    location: [entry.room.name, entry.venue?.name ?? ''].filter(Boolean).join(', '),
    description: sessionDescription(roleLine, entry),
    categories: entry.theme ? [entry.theme.name] : [],
  }]));
  sessionEventsMade.set(programme, events);
  return events;
}

/** One group of a guided visit, on the day of the visit's session; null while it has no day or no departure. */
function tourGroupEvent(ctx: ExportContext, programme: Programme, tour: Tour, group: TourGroup): CalendarEvent | null {
  const session = tour.sessionId ? ctx.sessions.get(tour.sessionId) : undefined;
  if (!session?.slot || !group.departure) return null;
  const room = ctx.rooms.get(session.slot.roomId);
  const venue = ctx.venues.get(tour.venueId ?? room?.venueId ?? '');
  const start = eventInstant(session.slot.day, group.departure, programme.timeZone);
  const guide = group.guideId ? ctx.people.get(group.guideId) : undefined;
  return {
    uid: stableGuid(programme.project.event.name, 'tour-group', `${tour.id}/${group.id}`),
    start,
    end: start + tour.tourMinutes * 60_000,
    summary: ctx.t('programme.calendar.tourGroup', { tour: tour.name, group: group.name }),
    location: [tour.meetingPoint, venue?.name ?? ''].filter(Boolean).join(', '),
    description: [
      ...(guide ? [ctx.t('group.guide', { name: fullName(guide) })] : []),
      ctx.t('group.size', { count: group.participantIds.length }),
    ].join('\n'),
    categories: [],
  };
}

/** The whole programme: one event per placed session. */
export function programmeCalendar(ctx: ExportContext, programme: Programme, exportedAt: number): string {
  const name = ctx.t('programme.calendar.name', { event: programme.project.event.name });
  return calendarText(name, [...sessionEvents(ctx, programme).values()], exportedAt);
}

/** A calendar for each person with at least one placed session or one guided group, in the order French sorts names. */
export function personalCalendars(ctx: ExportContext, programme: Programme, exportedAt: number): PersonalCalendar[] {
  const events = new Map<string, CalendarEvent[]>();
  const add = (personId: string, event: CalendarEvent) => {
    const own = events.get(personId);
    if (own) own.push(event);
    else events.set(personId, [event]);
  };
  for (const [entry, event] of sessionEvents(ctx, programme)) {
    for (const personId of new Set(entry.people.map((p) => p.person.id))) add(personId, event);
  }
  for (const tour of programme.project.tours) {
    for (const group of tour.groups) {
      const event = group.guideId && ctx.people.has(group.guideId) ? tourGroupEvent(ctx, programme, tour, group) : null;
      if (event) add(group.guideId!, event);
    }
  }
  return [...events]
    .map(([personId, own]) => ({ person: ctx.people.get(personId)!, own: own.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => byLastName(a.person, b.person))
    .map(({ person, own }) => ({
      person,
      events: own.length,
      text: calendarText(ctx.t('programme.calendar.personal', { event: programme.project.event.name, person: fullName(person) }), own, exportedAt),
    }));
}

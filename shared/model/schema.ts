/** The project document: the one definition of a `.regie` file. The TypeScript types come from it. */
import { z } from 'zod';
import { fieldMessage } from './field-messages.ts';

/** The version this build writes; migrations bring older files up to it. */
export const CURRENT_VERSION = 2;
export const FORMAT = 'regie-project';

const id = z.string().min(1, fieldMessage('model:field.identifier'));
const text = z.string();
export const dayString = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, fieldMessage('model:field.date'));
export const timeString = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, fieldMessage('model:field.time'));
const positiveInt = z.number(fieldMessage('model:field.positive')).int(fieldMessage('model:field.whole')).positive(fieldMessage('model:field.positive'));
const countInt = z.number(fieldMessage('model:field.number')).int(fieldMessage('model:field.whole')).min(0, fieldMessage('model:field.zeroOrMore'));
/** Field names whose values the seed text does not give: shown to the organiser as "assumed". */
const assumed = z.array(z.string()).default([]);
/** The id an imported programme gives the item (its guid, else its id), so a later import updates it in place; absent when made in Régie. */
const externalId = z.string().optional();

/** A stretch of time on one day (availability, opening hours). */
export const timeWindowSchema = z.object({ day: dayString, start: timeString, end: timeString });

export const SESSION_KINDS = [
  'keynote', 'talk', 'thematic-session', 'workshop', 'hackathon', 'plenary', 'poster-session',
  'institutional', 'social', 'break', 'meal',
] as const;
export const ROOM_LAYOUTS = ['theatre', 'classroom', 'cabaret', 'hall', 'boardroom', 'standing'] as const;
export const EQUIPMENT = ['projector', 'microphones', 'streaming', 'recording', 'whiteboard', 'power-sockets', 'wifi', 'poster-boards', 'catering-area'] as const;
export const AUDIENCES = ['annual-days', 'engineers-seminar', 'public', 'press'] as const;
export const PERSON_ROLES = ['speaker', 'chair', 'host', 'guide', 'moderator'] as const;
export const DIETS = ['none', 'vegetarian', 'vegan', 'halal', 'kosher', 'gluten-free', 'other'] as const;
export const REGISTRATION_KINDS = ['day', 'seminar', 'social-evening', 'tour', 'workshop', 'hackathon', 'other'] as const;

export const eventDaySchema = z.object({ date: dayString, label: text.default('') });

export const registrationOptionSchema = z.object({
  id,
  label: text,
  kind: z.enum(REGISTRATION_KINDS),
  /** The session this option signs people up for (a workshop, a hackathon, the tour), if any. */
  sessionId: z.string().nullable().default(null),
  day: dayString.nullable().default(null),
});

export const eventSchema = z.object({
  name: text.min(1, fieldMessage('model:field.eventName')),
  shortName: text.default(''),
  timeZone: text.default('Europe/Paris'),
  locale: z.enum(['fr', 'en']).default('fr'),
  days: z.array(eventDaySchema).min(1, fieldMessage('model:field.atLeastOneDay')),
  registrationOptions: z.array(registrationOptionSchema).default([]),
  description: text.default(''),
  assumed,
});

export const venueSchema = z.object({
  id,
  name: text.min(1, fieldMessage('model:field.name')),
  address: text.default(''),
  openingHours: z.array(timeWindowSchema).default([]),
  /** Minutes to walk or ride to each other venue, by venue id. */
  travelMinutes: z.record(z.string(), countInt).default({}),
  assumed,
});

export const roomSchema = z.object({
  id,
  venueId: id,
  name: text.min(1, fieldMessage('model:field.name')),
  capacity: countInt,
  layout: z.enum(ROOM_LAYOUTS).default('theatre'),
  equipment: z.array(z.enum(EQUIPMENT)).default([]),
  /** Empty means the room is available whenever its venue is open. */
  availability: z.array(timeWindowSchema).default([]),
  changeoverMinutes: countInt.default(10),
  externalId,
  assumed,
});

export const themeSchema = z.object({
  id,
  name: text.min(1, fieldMessage('model:field.name')),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, fieldMessage('model:field.colour')).default('#888888'),
  externalId,
  assumed,
});

export const personSchema = z.object({
  id,
  firstName: text.default(''),
  lastName: text.min(1, fieldMessage('model:field.lastName')),
  affiliation: text.default(''),
  email: text.default(''),
  /** Empty means available for the whole event. */
  availability: z.array(timeWindowSchema).default([]),
  externalId,
  assumed,
});

export const slotSchema = z.object({ roomId: id, day: dayString, start: timeString });

export const sessionSchema = z.object({
  id,
  kind: z.enum(SESSION_KINDS),
  title: text.min(1, fieldMessage('model:field.title')),
  themeId: z.string().nullable().default(null),
  durationMinutes: positiveInt,
  expectedAudience: countInt.default(0),
  audience: z.array(z.enum(AUDIENCES)).default([]),
  people: z.array(z.object({ personId: id, role: z.enum(PERSON_ROLES) })).default([]),
  needs: z
    .object({ equipment: z.array(z.enum(EQUIPMENT)).default([]), layout: z.enum(ROOM_LAYOUTS).nullable().default(null) })
    .default({ equipment: [], layout: null }),
  parentId: z.string().nullable().default(null),
  slot: slotSchema.nullable().default(null),
  description: text.default(''),
  externalId,
  /** The language it is given in ("fr", "en"), as a programme says it; absent when unknown. */
  language: text.optional(),
  assumed,
});

export const participantSchema = z.object({
  id,
  firstName: text.default(''),
  lastName: text.min(1, fieldMessage('model:field.lastName')),
  email: text.default(''),
  affiliation: text.default(''),
  role: text.default(''),
  language: text.default('fr'),
  /** Other languages this person can follow a guided visit in. */
  otherLanguages: z.array(text).default([]),
  /** Ids of `event.registrationOptions` this person signed up for. */
  registrations: z.array(z.string()).default([]),
  companionIds: z.array(z.string()).default([]),
  diet: z.enum(DIETS).default('none'),
  allergies: text.default(''),
  accessibility: text.default(''),
  /** Needs the step-free route (wheelchair, reduced mobility): only a guide who takes it may lead their group. */
  stepFree: z.boolean().default(false),
  notes: text.default(''),
  /** Field name (or `registration:<option id>`) -> what the last import gave: a value that differs was edited by hand, and a re-import keeps it. */
  importedValues: z.record(z.string(), z.string()).default({}),
  /** Fields (or `registration:<option id>`) an import could not read for sure: shown "to check" until the organiser edits them. */
  toCheck: z.array(z.string()).default([]),
});

export const tourGroupSchema = z.object({
  id,
  name: text,
  guideId: z.string().nullable().default(null),
  language: text.default('fr'),
  departure: timeString.nullable().default(null),
  participantIds: z.array(z.string()).default([]),
  /** A pinned group keeps its members, guide and departure through every re-plan. */
  pinned: z.boolean().default(false),
  /** Members who stay in this group through every re-plan, even when the group itself is not pinned. */
  pinnedParticipantIds: z.array(z.string()).default([]),
});

/** A guide of one tour: a person of the project, the languages they guide in, and whether they take the step-free route. */
export const tourGuideSchema = z.object({
  personId: id,
  languages: z.array(text).default(['fr']),
  stepFree: z.boolean().default(false),
});

export const tourSchema = z.object({
  id,
  name: text.min(1, fieldMessage('model:field.name')),
  /** The session of the programme this tour belongs to (the guided visit): it gives the day. */
  sessionId: z.string().nullable().default(null),
  venueId: z.string().nullable().default(null),
  meetingPoint: text.default(''),
  /** The registration option whose people take this tour. */
  optionId: z.string().nullable().default(null),
  groupSizeLimit: positiveInt.default(30),
  tourMinutes: positiveInt.default(45),
  intervalMinutes: countInt.default(15),
  /** The window the visits fit in: the first group leaves no earlier, the last one is back no later. */
  earliestDeparture: timeString.nullable().default(null),
  latestReturn: timeString.nullable().default(null),
  guides: z.array(tourGuideSchema).default([]),
  groups: z.array(tourGroupSchema).default([]),
  assumed,
});

export const boardFaceSchema = z.object({ id, side: z.enum(['A', 'B']) });

/** What a poster may need from its board; a board offers some of it. */
export const POSTER_NEEDS = ['power', 'table'] as const;
/** Paper sizes of posters, with the width each takes on a board (metres). */
export const POSTER_SIZES = ['A0-portrait', 'A0-landscape', 'A1-portrait', 'A1-landscape'] as const;

const metres = z.number(fieldMessage('model:field.number')).positive(fieldMessage('model:field.positive'));
const point = { x: z.number().default(0), y: z.number().default(0) };

export const posterBoardSchema = z.object({
  id,
  number: positiveInt,
  zone: text.default(''),
  /** Centre of the board on the floor plan, in metres from the hall's top-left corner. */
  x: z.number().default(0),
  y: z.number().default(0),
  /** Degrees clockwise; 0 is a board running left to right with face A towards the top of the plan. */
  rotation: z.number().default(0),
  /** Length of the board along its faces, in metres. */
  width: metres.default(1.2),
  /** A prime spot (near the entrance, the coffee): where highlighted posters go first. */
  prime: z.boolean().default(false),
  /** What the board offers a poster: a socket, a table in front of it. */
  offers: z.array(z.enum(POSTER_NEEDS)).default([]),
  faces: z.array(boardFaceSchema).min(1, fieldMessage('model:field.atLeastOneFace')),
});

export const posterSchema = z.object({
  id,
  title: text.min(1, fieldMessage('model:field.title')),
  presenters: z.array(z.string()).default([]),
  project: text.default(''),
  themeId: z.string().nullable().default(null),
  highlighted: z.boolean().default(false),
  size: z.enum(POSTER_SIZES).default('A0-portrait'),
  needs: z.array(z.enum(POSTER_NEEDS)).default([]),
  boardFaceId: z.string().nullable().default(null),
  /** A pinned poster keeps its face when the posters are assigned automatically. */
  pinned: z.boolean().default(false),
  assumed,
});

/** A door into the hall, on its outline: where the walk along the boards begins. */
export const hallEntranceSchema = z.object({ ...point, width: metres.default(2), label: text.default('') });
/** A wall or partition inside the hall, from one point to another. */
export const hallWallSchema = z.object({ x1: z.number(), y1: z.number(), x2: z.number(), y2: z.number() });
/** A named area of the hall (coffee, a theme's corner), drawn on the plan. */
export const hallZoneSchema = z.object({ ...point, width: metres, depth: metres, name: text.default('') });

export const posterHallSchema = z.object({
  roomId: z.string().nullable().default(null),
  /** The hall's outline, in metres. */
  width: metres.default(30),
  depth: metres.default(20),
  /** Boards dragged on the plan snap to this step, in metres. */
  gridStep: metres.default(0.5),
  entrances: z.array(hallEntranceSchema).default([]),
  walls: z.array(hallWallSchema).default([]),
  zones: z.array(hallZoneSchema).default([]),
  boards: z.array(posterBoardSchema).default([]),
  posters: z.array(posterSchema).default([]),
});

export const ruleSettingSchema = z.object({
  enabled: z.boolean().default(true),
  severity: z.enum(['error', 'warning', 'info']).nullable().default(null),
});

export const acknowledgementSchema = z.object({ key: z.string(), note: text.default('') });

export const importMappingSchema = z.object({
  name: text,
  /** Target field -> source column header. */
  columns: z.record(z.string(), z.string()),
});

export const settingsSchema = z.object({
  snapMinutes: z.union([z.literal(5), z.literal(10), z.literal(15), z.literal(30)]).default(5),
  rules: z.record(z.string(), ruleSettingSchema).default({}),
  acknowledgements: z.array(acknowledgementSchema).default([]),
  importMappings: z.array(importMappingSchema).default([]),
});

export const projectSchema = z.object({
  format: z.literal(FORMAT, fieldMessage('model:field.format')),
  version: z.literal(CURRENT_VERSION),
  event: eventSchema,
  venues: z.array(venueSchema).default([]),
  rooms: z.array(roomSchema).default([]),
  themes: z.array(themeSchema).default([]),
  people: z.array(personSchema).default([]),
  sessions: z.array(sessionSchema).default([]),
  participants: z.array(participantSchema).default([]),
  tours: z.array(tourSchema).default([]),
  posterHall: posterHallSchema.prefault({}),
  settings: settingsSchema.default({ snapMinutes: 5, rules: {}, acknowledgements: [], importMappings: [] }),
  /** Which revision this file is and the revisions it came from: how two copies find their common ancestor. */
  history: z.object({ projectId: z.string().default(''), revision: z.string().default(''), ancestors: z.array(z.string()).default([]) }).prefault({}),
});

export type Project = z.infer<typeof projectSchema>;
export type ProjectInput = z.input<typeof projectSchema>;
export type RegieEvent = z.infer<typeof eventSchema>;
export type EventDay = z.infer<typeof eventDaySchema>;
export type RegistrationOption = z.infer<typeof registrationOptionSchema>;
export type Venue = z.infer<typeof venueSchema>;
export type Room = z.infer<typeof roomSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Person = z.infer<typeof personSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type TimeWindow = z.infer<typeof timeWindowSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Tour = z.infer<typeof tourSchema>;
export type TourGroup = z.infer<typeof tourGroupSchema>;
export type TourGuide = z.infer<typeof tourGuideSchema>;
export type PosterBoard = z.infer<typeof posterBoardSchema>;
export type BoardFace = z.infer<typeof boardFaceSchema>;
export type Poster = z.infer<typeof posterSchema>;
export type PosterHall = z.infer<typeof posterHallSchema>;
export type PosterHallInput = z.input<typeof posterHallSchema>;
export type PosterBoardInput = z.input<typeof posterBoardSchema>;
export type PosterInput = z.input<typeof posterSchema>;
export type HallEntrance = z.infer<typeof hallEntranceSchema>;
export type PosterNeed = (typeof POSTER_NEEDS)[number];
export type PosterSize = (typeof POSTER_SIZES)[number];
export type ProjectSettings = z.infer<typeof settingsSchema>;
export type ImportMapping = z.infer<typeof importMappingSchema>;
export type SessionKind = (typeof SESSION_KINDS)[number];
export type RoomLayout = (typeof ROOM_LAYOUTS)[number];
export type Equipment = (typeof EQUIPMENT)[number];
export type Audience = (typeof AUDIENCES)[number];
export type PersonRole = (typeof PERSON_ROLES)[number];
export type Diet = (typeof DIETS)[number];

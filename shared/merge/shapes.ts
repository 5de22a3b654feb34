/**
 * How each part of a project is merged. A list of records with ids is merged record by record (mine's order,
 * their additions appended); a list whose order means nothing (registrations, equipment, availability windows,
 * a group's members, the hall's walls) is merged as a set, so both sides' additions and removals are kept;
 * anything not named here (a slot, a poster's presenters, whose order says who presents first) is one value,
 * taken whole or in conflict.
 */
export type Shape =
  | { readonly kind: 'value' }
  | { readonly kind: 'set' }
  | { readonly kind: 'fields'; readonly fields: Readonly<Record<string, Shape>> }
  | { readonly kind: 'map'; readonly entry: Shape }
  | { readonly kind: 'records'; readonly key: string; readonly item: Shape };

const value: Shape = { kind: 'value' };
const set: Shape = { kind: 'set' };
const fields = (f: Record<string, Shape> = {}): Shape => ({ kind: 'fields', fields: f });
const records = (key: string, item: Shape = fields()): Shape => ({ kind: 'records', key, item });
const map = (entry: Shape = value): Shape => ({ kind: 'map', entry });

const assumed = set;

export const PROJECT_SHAPE = {
  event: fields({
    days: records('date'),
    registrationOptions: records('id'),
    assumed,
  }),
  venues: records('id', fields({ openingHours: set, travelMinutes: map(), assumed })),
  rooms: records('id', fields({ equipment: set, availability: set, assumed })),
  themes: records('id', fields({ assumed })),
  people: records('id', fields({ availability: set, assumed })),
  sessions: records('id', fields({ audience: set, people: set, needs: fields({ equipment: set }), assumed })),
  participants: records('id', fields({
    otherLanguages: set, registrations: set, companionIds: set, importedValues: map(), toCheck: set,
  })),
  tours: records('id', fields({
    guides: records('personId', fields({ languages: set })),
    groups: records('id', fields({ participantIds: set, pinnedParticipantIds: set })),
    assumed,
  })),
  posterHall: fields({
    entrances: set,
    walls: set,
    zones: set,
    boards: records('id', fields({ offers: set, faces: records('id') })),
    posters: records('id', fields({ needs: set, assumed })),
  }),
  settings: fields({
    rules: map(fields()),
    acknowledgements: records('key'),
    importMappings: records('name', fields({ columns: map() })),
  }),
} as const satisfies Record<string, Shape>;

export const VALUE_SHAPE = value;

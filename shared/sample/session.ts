/** One way to write a session of the sample, with every field filled so that the schema changes nothing. */
import type { Audience, Equipment, PersonRole, RoomLayout, Session, SessionKind } from '../model/schema.ts';
import { toMinutes, toTime } from '../model/time.ts';

/** Times, rooms, durations, set-up and headcounts are never in the seed. */
export const PLACEMENT_ASSUMED = ['slot', 'durationMinutes', 'expectedAudience', 'needs'];

export interface SessionDraft {
  readonly id: string;
  readonly kind: SessionKind;
  readonly title: string;
  readonly themeId?: string | null;
  readonly durationMinutes: number;
  readonly expectedAudience: number;
  readonly audience: readonly Audience[];
  readonly people?: readonly (readonly [personId: string, role: PersonRole])[];
  readonly equipment?: readonly Equipment[];
  readonly layout?: RoomLayout | null;
  readonly parentId?: string | null;
  readonly roomId: string;
  readonly day: string;
  readonly start: string;
  readonly description?: string;
  readonly assumed?: readonly string[];
}

export const session = (draft: SessionDraft): Session => ({
  id: draft.id,
  kind: draft.kind,
  title: draft.title,
  themeId: draft.themeId ?? null,
  durationMinutes: draft.durationMinutes,
  expectedAudience: draft.expectedAudience,
  audience: [...draft.audience],
  people: (draft.people ?? []).map(([personId, role]) => ({ personId, role })),
  needs: { equipment: [...(draft.equipment ?? [])], layout: draft.layout ?? null },
  parentId: draft.parentId ?? null,
  slot: { roomId: draft.roomId, day: draft.day, start: draft.start },
  description: draft.description ?? '',
  assumed: [...(draft.assumed ?? PLACEMENT_ASSUMED)],
});

/** The time `minutes` after `start`: children of a session follow each other back to back. */
export const after = (start: string, minutes: number): string => toTime(toMinutes(start) + minutes);

/** What a talk in an amphitheatre needs. */
export const STAGE = { equipment: ['projector', 'microphones'] as const, layout: 'theatre' as const };

/**
 * Format 0 → 1. Format 0 (the first drafts of Régie) wrote `event.timezone`, the days as bare dates,
 * a session's place as `slot: { room, date, time }`, and the poster boards and posters at the top level.
 */
import type { JsonObject } from './index.ts';

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function upgradeEvent(event: unknown): unknown {
  if (!isObject(event)) return event;
  const { timezone, days, ...rest } = event;
  return {
    ...rest,
    ...(timezone === undefined || 'timeZone' in rest ? {} : { timeZone: timezone }),
    ...(days === undefined ? {} : { days: Array.isArray(days) ? days.map((day) => (typeof day === 'string' ? { date: day, label: '' } : day)) : days }),
  };
}

function upgradeSlot(slot: unknown): unknown {
  if (!isObject(slot)) return slot;
  const { room, date, time, ...rest } = slot;
  return { roomId: room, day: date, start: time, ...rest };
}

function upgradeSession(session: unknown): unknown {
  if (!isObject(session) || !('slot' in session)) return session;
  return { ...session, slot: upgradeSlot(session.slot) };
}

export function v0ToV1(doc: JsonObject): JsonObject {
  const { boards, posters, posterRoomId, ...rest } = doc;
  return {
    ...rest,
    version: 1,
    ...('event' in doc ? { event: upgradeEvent(doc.event) } : {}),
    ...(Array.isArray(doc.sessions) ? { sessions: doc.sessions.map(upgradeSession) } : {}),
    posterHall: { roomId: posterRoomId ?? null, boards: boards ?? [], posters: posters ?? [] },
  };
}

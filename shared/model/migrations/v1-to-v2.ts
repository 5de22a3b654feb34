/**
 * Format 1 → 2. Format 1 kept a tour's guides as bare ids, knew no window, no eligible option and no pins, and
 * a participant's need for the step-free route was only in the free text `accessibility`.
 */
import { saysStepFree } from '../step-free.ts';
import type { JsonObject } from './index.ts';

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const isTime = (value: unknown): value is string => typeof value === 'string' && TIME.test(value);
const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const time = (total: number): string | null => (total >= 24 * 60 ? null : `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`);

function upgradeParticipant(participant: unknown): unknown {
  if (!isObject(participant) || 'stepFree' in participant) return participant;
  const accessibility = typeof participant.accessibility === 'string' ? participant.accessibility : '';
  return { ...participant, stepFree: saysStepFree(accessibility) };
}

/** The tour option: the one for the tour's session, else the project's only tour option. */
function optionOf(tour: JsonObject, options: readonly JsonObject[]): string | null {
  const tourOptions = options.filter((o) => o.kind === 'tour' && typeof o.id === 'string');
  const own = tourOptions.find((o) => tour.sessionId != null && o.sessionId === tour.sessionId) ?? (tourOptions.length === 1 ? tourOptions[0] : undefined);
  return (own?.id as string | undefined) ?? null;
}

function upgradeTour(tour: unknown, doc: JsonObject): unknown {
  if (!isObject(tour)) return tour;
  const { guideIds, ...rest } = tour;
  const groups = list(tour.groups).filter(isObject);
  const languagesOf = (personId: unknown): string[] => {
    const led = groups.filter((g) => g.guideId === personId).map((g) => (typeof g.language === 'string' ? g.language : 'fr'));
    return led.length > 0 ? [...new Set(led)] : ['fr'];
  };
  const guides = list(guideIds).map((personId) => ({ personId, languages: languagesOf(personId), stepFree: false }));
  const session = list(doc.sessions).filter(isObject).find((s) => tour.sessionId != null && s.id === tour.sessionId);
  const slot = session && isObject(session.slot) ? session.slot : null;
  const start = slot && isTime(slot.start) ? slot.start : null;
  const departures = groups.map((g) => g.departure).filter(isTime).sort();
  const event = isObject(doc.event) ? doc.event : {};
  // The session's end is the window's close, as format 1 planned the visits within it.
  const end = start && typeof session?.durationMinutes === 'number' ? time(minutes(start) + session.durationMinutes) : null;
  return {
    ...rest,
    guides,
    optionId: 'optionId' in tour ? tour.optionId : optionOf(tour, list(event.registrationOptions).filter(isObject)),
    earliestDeparture: departures[0] ?? start,
    latestReturn: end,
    groups: list(tour.groups).map((g) => (isObject(g) ? { ...g, pinned: false, pinnedParticipantIds: [] } : g)),
  };
}

export function v1ToV2(doc: JsonObject): JsonObject {
  return {
    ...doc,
    version: 2,
    ...(Array.isArray(doc.participants) ? { participants: doc.participants.map(upgradeParticipant) } : {}),
    ...(Array.isArray(doc.tours) ? { tours: doc.tours.map((tour) => upgradeTour(tour, doc)) } : {}),
  };
}

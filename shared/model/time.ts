/** Times of day as minutes since midnight: the one place that reads and writes "HH:MM". */
import type { Session, Slot } from './schema.ts';

export const MINUTES_PER_DAY = 24 * 60;

export const toMinutes = (time: string): number => {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
};

export const toTime = (minutes: number): string => {
  const clamped = Math.max(0, Math.min(MINUTES_PER_DAY - 1, Math.round(minutes)));
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
};

/** Start and end (minutes) of a placed session; null when it is in the backlog. */
export function sessionSpan(session: Pick<Session, 'slot' | 'durationMinutes'>): { start: number; end: number } | null {
  if (!session.slot) return null;
  const start = toMinutes(session.slot.start);
  return { start, end: start + session.durationMinutes };
}

/** True when two half-open intervals [a, b) and [c, d) share at least one minute: back-to-back is fine. */
export const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number): boolean =>
  aStart < bEnd && bStart < aEnd;

export const sameDay = (a: Slot | null, b: Slot | null): boolean => !!a && !!b && a.day === b.day;

/** Rounds minutes to the nearest multiple of the snap step. */
export const snap = (minutes: number, step: number): number => Math.round(minutes / step) * step;

/** The audience a room must hold: the expected audience, or the registrants if more signed up. */
import type { Lookups } from './lookups.ts';

export function audienceOf(lookups: Lookups, sessionId: string): number {
  const session = lookups.sessions.get(sessionId);
  if (!session) return 0;
  return Math.max(session.expectedAudience, lookups.registrantCount.get(sessionId) ?? 0);
}

/** The audience a room must hold: the expected audience, or the registrants if more signed up. */
import type { PlanIndex } from './plan.ts';

export function audienceOf(plan: PlanIndex, sessionId: string): number {
  const session = plan.sessions.get(sessionId);
  if (!session) return 0;
  return Math.max(session.expectedAudience, plan.registrantCount.get(sessionId) ?? 0);
}

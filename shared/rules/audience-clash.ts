/** Participants registered for two sessions that overlap: one finding per pair of sessions, with the head count. */
import { overlaps } from '../model/time.ts';
import { finding } from './finding.ts';
import { inOrder, pairKey, related, sessionItem, sessionParams } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'audience-clash';

export const audienceClash: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, lookups, emit) {
    const p = lookups.placed.get(sessionId);
    const shared = lookups.coRegistered.get(sessionId);
    if (!p || !shared) return;
    // Only sessions that share registrants are compared: the counts were made once, from the registrations.
    for (const [otherId, count] of shared) {
      const q = lookups.placed.get(otherId);
      if (!q || q.day !== p.day || !overlaps(p.start, p.end, q.start, q.end) || related(lookups, sessionId, otherId)) continue;
      const [a, b] = inOrder(p, q);
      emit(finding(
        id,
        pairKey(id, a.session.id, b.session.id),
        [sessionItem(a.session.id), sessionItem(b.session.id)],
        { ...sessionParams(a, 'first'), ...sessionParams(b, 'second'), day: p.day, count },
        [a.session.id, b.session.id],
      ));
    }
  },
};

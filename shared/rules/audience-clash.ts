/** Participants registered for two sessions that overlap: one finding per pair of sessions, with the head count. */
import { overlaps } from '../model/time.ts';
import { finding } from './finding.ts';
import { inOrder, pairKey, related, sessionItem, sessionParams } from './plan.ts';
import type { Rule } from './types.ts';

const id = 'audience-clash';

export const audienceClash: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, plan, emit) {
    const p = plan.placed.get(sessionId);
    const mine = plan.registrants.get(sessionId);
    if (!p || !mine) return;
    for (const q of plan.registeredByDay.get(p.day) ?? []) {
      if (q === p || !overlaps(p.start, p.end, q.start, q.end) || related(plan, sessionId, q.session.id)) continue;
      const theirs = plan.registrants.get(q.session.id)!;
      const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
      let count = 0;
      for (const participantId of small) if (large.has(participantId)) count++;
      if (count === 0) continue;
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

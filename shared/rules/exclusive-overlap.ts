/**
 * A plenary, a keynote or the opening overlapping another session for the same audience: people would have to
 * choose. A talk nested inside the session (or the session it is nested in) is part of it, not a clash.
 */
import { overlaps } from '../model/time.ts';
import { finding } from './finding.ts';
import { inOrder, pairKey, related, sessionItem, sessionParams, type Placed } from './plan.ts';
import type { Rule } from './types.ts';

const id = 'exclusive-overlap';

export const exclusiveOverlap: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, plan, emit) {
    const p = plan.placed.get(sessionId);
    if (!p) return;
    const exclusive = p.exclusive;
    const index = exclusive ? plan.byAudienceDay : plan.exclusiveByAudienceDay;
    // A session met under one audience is not compared again under another.
    const seen = p.audienceKeys.length > 1 ? new Set<Placed>() : null;
    for (const key of p.audienceKeys) {
      for (const q of index.get(key) ?? []) {
        if (q === p || seen?.has(q) || !overlaps(p.start, p.end, q.start, q.end)) continue;
        seen?.add(q);
        if (related(plan, sessionId, q.session.id)) continue;
        // The exclusive session is named first; two exclusive ones in time order.
        const [a, b] = exclusive && q.exclusive ? inOrder(p, q) : exclusive ? [p, q] : [q, p];
        emit(finding(
          id,
          pairKey(id, a.session.id, b.session.id),
          [sessionItem(a.session.id), sessionItem(b.session.id)],
          { ...sessionParams(a, 'first'), ...sessionParams(b, 'second'), day: p.day },
          [a.session.id, b.session.id],
        ));
      }
    }
  },
};

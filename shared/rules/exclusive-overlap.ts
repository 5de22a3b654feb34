/**
 * A plenary, a keynote or the opening overlapping another session for the same audience: people would have to
 * choose. A talk nested inside the session (or the session it is nested in) is part of it, not a clash; a talk
 * inside its thematic session is reported with the thematic session, once, not once per talk.
 */
import { overlaps } from '../model/time.ts';
import { finding } from './finding.ts';
import { contains, inOrder, pairKey, related, sessionItem, sessionParams, type Lookups, type Placed } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'exclusive-overlap';

/** The pair the rule reports when neither session is part of the other (time and audience left to the caller). */
const clashing = (lookups: Lookups, p: Placed, q: Placed): boolean =>
  (p.exclusive || q.exclusive) && p.audienceKeys.some((key) => q.audienceKeys.includes(key)) && !related(lookups, p.session.id, q.session.id);

/** True when `q` lies inside its parent and the parent itself is reported with `p`: that one finding says it all. */
function coveredByParent(lookups: Lookups, p: Placed, q: Placed): boolean {
  const parent = q.session.parentId === null ? undefined : lookups.placed.get(q.session.parentId);
  return !!parent && contains(parent, q) && clashing(lookups, p, parent);
}

export const exclusiveOverlap: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, lookups, emit) {
    const p = lookups.placed.get(sessionId);
    if (!p) return;
    const exclusive = p.exclusive;
    const index = exclusive ? lookups.byAudienceDay : lookups.exclusiveByAudienceDay;
    // A session met under one audience is not compared again under another.
    const seen = p.audienceKeys.length > 1 ? new Set<Placed>() : null;
    for (const key of p.audienceKeys) {
      for (const q of index.get(key) ?? []) {
        if (q === p || seen?.has(q) || !overlaps(p.start, p.end, q.start, q.end)) continue;
        seen?.add(q);
        if (related(lookups, sessionId, q.session.id) || coveredByParent(lookups, p, q) || coveredByParent(lookups, q, p)) continue;
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

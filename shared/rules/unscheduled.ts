/** A session still in the backlog. */
import { finding } from './finding.ts';
import { sessionItem } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'unscheduled';

export const unscheduled: Rule = {
  id,
  severity: 'info',
  checkSession(sessionId, lookups, emit) {
    const session = lookups.sessions.get(sessionId);
    if (!session || session.slot) return;
    emit(finding(id, `${id}:${sessionId}`, [sessionItem(sessionId)], { session: session.title }, [sessionId]));
  },
};

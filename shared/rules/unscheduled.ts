/** A session still in the backlog. */
import { finding } from './finding.ts';
import { sessionItem } from './plan.ts';
import type { Rule } from './types.ts';

const id = 'unscheduled';

export const unscheduled: Rule = {
  id,
  severity: 'info',
  checkSession(sessionId, plan, emit) {
    const session = plan.sessions.get(sessionId);
    if (!session || session.slot) return;
    emit(finding(id, `${id}:${sessionId}`, [sessionItem(sessionId)], { session: session.title }, [sessionId]));
  },
};

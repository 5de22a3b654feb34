/** A person on the programme at a time they said they cannot come. */
import { finding } from './finding.ts';
import { insideWindows, personName, sessionItem, sessionParams, windowsOfDay } from './plan.ts';
import type { Rule } from './types.ts';

const id = 'person-unavailable';

export const personUnavailable: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, plan, emit) {
    const p = plan.placed.get(sessionId);
    if (!p) return;
    for (const personId of new Set(p.session.people.map((x) => x.personId))) {
      const person = plan.people.get(personId);
      if (!person || person.availability.length === 0) continue;
      if (insideWindows(person.availability, p.day, p.start, p.end)) continue;
      const hours = windowsOfDay(person.availability, p.day);
      emit(finding(
        id,
        `${id}:${personId}:${sessionId}`,
        [{ kind: 'person', id: personId }, sessionItem(sessionId)],
        { ...sessionParams(p, 'session'), day: p.day, person: personName(person, personId), hours },
        [sessionId],
        hours ? 'message' : 'absentThatDay',
      ));
    }
  },
};

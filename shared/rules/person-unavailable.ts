/** A person on the programme at a time they said they cannot come. */
import { finding } from './finding.ts';
import { insideWindows, personName, sessionItem, sessionParams, windowsOfDay } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'person-unavailable';

export const personUnavailable: Rule = {
  id,
  severity: 'error',
  checkSession(sessionId, lookups, emit) {
    const p = lookups.placed.get(sessionId);
    if (!p) return;
    const people = p.session.people;
    for (let i = 0; i < people.length; i++) {
      const personId = people[i]!.personId;
      if (people.findIndex((x) => x.personId === personId) !== i) continue;
      const person = lookups.people.get(personId);
      if (!person || person.availability.length === 0) continue;
      if (insideWindows(lookups, person.availability, p.day, p.start, p.end)) continue;
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

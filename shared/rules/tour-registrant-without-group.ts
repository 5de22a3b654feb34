/** People registered for a tour (through a tour option of its session) who are in none of its groups: nobody guides them. */
import { finding } from './finding.ts';
import type { Rule } from './types.ts';
import { registeredFor } from '../model/registrations.ts';

const id = 'tour-registrant-without-group';

export const tourRegistrantWithoutGroup: Rule = {
  id,
  severity: 'warning',
  checkProject(_lookups, project, emit) {
    for (const tour of project.tours) {
      if (tour.sessionId === null) continue;
      const optionIds = new Set(
        project.event.registrationOptions.filter((o) => o.kind === 'tour' && o.sessionId === tour.sessionId).map((o) => o.id),
      );
      if (optionIds.size === 0) continue;
      const grouped = new Set(tour.groups.flatMap((group) => group.participantIds));
      const leftOut = registeredFor(project.participants, optionIds).filter((p) => !grouped.has(p.id));
      if (leftOut.length === 0) continue;
      emit(finding(
        id,
        `${id}:${tour.id}`,
        leftOut.map((p) => ({ kind: 'participant' as const, id: p.id })),
        { tour: tour.name, count: leftOut.length },
        [],
      ));
    }
  },
};

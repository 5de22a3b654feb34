/** A tour group with more people than the tour allows (30 at the Palais de la Bourse); a pinned one says so, as a re-plan will not split it. */
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

const id = 'tour-group-over-limit';

export const tourGroupOverLimit: Rule = {
  id,
  severity: 'error',
  checkProject(_lookups, project, emit) {
    for (const tour of project.tours) {
      for (const group of tour.groups) {
        const size = new Set(group.participantIds).size;
        if (size <= tour.groupSizeLimit) continue;
        emit(finding(
          id,
          `${id}:${group.id}`,
          [{ kind: 'tour-group', id: group.id }],
          { tour: tour.name, group: group.name, size, limit: tour.groupSizeLimit, extra: size - tour.groupSizeLimit },
          [],
          group.pinned ? 'pinned' : 'message',
        ));
      }
    }
  },
};

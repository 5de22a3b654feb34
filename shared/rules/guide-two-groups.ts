/** One guide leading two tour groups whose visits overlap; when both are pinned, a re-plan cannot fix it, and the message says so. */
import { overlaps, toMinutes } from '../model/time.ts';
import { finding } from './finding.ts';
import { personName } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'guide-two-groups';

interface Visit {
  readonly groupId: string;
  readonly label: string;
  readonly tourId: string;
  /** The tour's day, from its session; null when the tour is not on the programme yet. */
  readonly day: string | null;
  readonly start: number;
  readonly end: number;
  readonly departure: string;
  readonly pinned: boolean;
}

export const guideTwoGroups: Rule = {
  id,
  severity: 'error',
  checkProject(lookups, project, emit) {
    const byGuide = new Map<string, Visit[]>();
    for (const tour of project.tours) {
      const day = (tour.sessionId && lookups.placed.get(tour.sessionId)?.day) || null;
      for (const group of tour.groups) {
        if (!group.guideId || !group.departure) continue;
        const start = toMinutes(group.departure);
        const visit = { groupId: group.id, label: `${tour.name} — ${group.name}`, tourId: tour.id, day, start, end: start + tour.tourMinutes, departure: group.departure, pinned: group.pinned };
        const list = byGuide.get(group.guideId);
        if (list) list.push(visit);
        else byGuide.set(group.guideId, [visit]);
      }
    }
    for (const [guideId, visits] of byGuide) {
      visits.sort((a, b) => a.start - b.start || (a.groupId < b.groupId ? -1 : 1));
      for (let i = 0; i < visits.length; i++) {
        for (let j = i + 1; j < visits.length; j++) {
          const a = visits[i]!;
          const b = visits[j]!;
          const sameDay = a.tourId === b.tourId || (a.day !== null && a.day === b.day);
          if (!sameDay || !overlaps(a.start, a.end, b.start, b.end)) continue;
          const [x, y] = [a.groupId, b.groupId].sort();
          emit(finding(
            id,
            `${id}:${guideId}:${x}|${y}`,
            [{ kind: 'person', id: guideId }, { kind: 'tour-group', id: a.groupId }, { kind: 'tour-group', id: b.groupId }],
            { guide: personName(lookups.people.get(guideId), guideId), first: a.label, firstStart: a.departure, second: b.label, secondStart: b.departure },
            [],
            a.pinned && b.pinned ? 'pinned' : 'message',
          ));
        }
      }
    }
  },
};

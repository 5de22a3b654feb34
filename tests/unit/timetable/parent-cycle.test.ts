/** A damaged file whose sessions are nested in one another in a circle: every walk up the parents stops, none loops. */
import { describe, expect, it } from 'vitest';
import { applyEdit, EditRejected } from '../../../shared/edits/index.ts';
import { projectSchema, type Project } from '../../../shared/model/schema.ts';
import { findConflicts, roomClashesOf } from '../../../shared/rules/index.ts';
import { cardsByRoom } from '../../../shared/timetable/grid.ts';
import { smallEvent } from './small-event.ts';

/** The small event with the thematic session nested in its own keynote (a cycle a hand-edited file can hold). */
function withCycle(): Project {
  const project = structuredClone(smallEvent());
  project.sessions.find((s) => s.id === 'ts1')!.parentId = 'ts1-k';
  return projectSchema.parse(project);
}

describe('a cycle of parents', () => {
  it('lets an edit nest a new talk under a session of the cycle, and refuses closing another cycle', () => {
    const project = withCycle();
    const next = applyEdit(project, { type: 'sessions/create', payload: { session: { id: 'demo', kind: 'talk', title: 'Démonstration', durationMinutes: 10, parentId: 'ts1-k' } } });
    expect(next.sessions.find((s) => s.id === 'demo')?.parentId).toBe('ts1-k');
    expect(() => applyEdit(next, { type: 'sessions/update', payload: { id: 'ts1-t2', changes: { parentId: 'demo' } } })).not.toThrow();
    expect(() => applyEdit(next, { type: 'sessions/update', payload: { id: 'ts1', changes: { parentId: 'demo' } } })).toThrow(EditRejected);
  });

  it('still checks the plan: the session and its keynote do not clash with each other, an intruder is reported once', () => {
    const project = applyEdit(withCycle(), { type: 'sessions/place', payload: { sessionId: 'open-science', slot: { roomId: 'amphi-a', day: '2025-10-14', start: '11:30' } } });
    const conflicts = findConflicts(project);
    expect(roomClashesOf(conflicts, 'ts1-k')).toEqual([]);
    expect(roomClashesOf(conflicts, 'open-science')).toEqual(['ts1']);
  });

  it('still lays out the grid, counting each session of the cycle once', () => {
    const cards = cardsByRoom(withCycle(), '2025-10-14', { start: 480, end: 1380 }, 2).get('amphi-a')!;
    expect(cards.map((c) => [c.session.id, c.depth])).toEqual([['ts1', 1], ['ts1-k', 1], ['ts1-t1', 2], ['ts1-t2', 2]]);
  });
});

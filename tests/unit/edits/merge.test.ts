import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { applyEdits } from '../../../shared/edits/index.ts';
import { emptyHistory, perform, redo, undo } from '../../../shared/edits/history.ts';
import { sessionOf, twoVenueEvent } from '../../fixtures/project.ts';

describe('applying a reviewed merge', () => {
  const mine = twoVenueEvent();
  const merged = produce(mine, (draft) => {
    draft.sessions.find((s) => s.id === 'guix')!.slot!.start = '16:00';
    draft.rooms.push({ ...draft.rooms[0]!, id: 'salle-2', name: 'Salle 2' });
    draft.event.name = 'Journées 2025';
  });

  it('gives the merged plan, and one undo brings back the plan as it was', () => {
    const done = perform(mine, emptyHistory(), [{ type: 'project/merge', payload: { merged } }], 'mergeReview:history.merge');
    expect(done.project).toEqual(merged);
    expect(done.history.past).toHaveLength(1);
    const undone = undo(done.project, done.history);
    expect(undone.project).toEqual(mine);
    expect(redo(undone.project, undone.history).project).toEqual(merged);
  });

  it('replaces only the items that changed, so the undo step does not copy the whole plan', () => {
    const { patches } = applyEdits(mine, [{ type: 'project/merge', payload: { merged } }]);
    expect(patches.map((p) => p.path.join('/')).sort()).toEqual(['event', 'rooms', `sessions/${mine.sessions.findIndex((s) => s.id === 'guix')}`]);
    expect(sessionOf(applyEdits(mine, [{ type: 'project/merge', payload: { merged } }]).project, 'guix').slot?.start).toBe('16:00');
  });

  it('adds no undo step when the merge changes nothing', () => {
    const done = perform(mine, emptyHistory(), [{ type: 'project/merge', payload: { merged: structuredClone(mine) } }], 'mergeReview:history.merge');
    expect(done.history.past).toHaveLength(0);
    expect(done.project).toBe(mine);
  });
});

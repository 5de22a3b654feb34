import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../../shared/rules/index.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import { useProjectStore } from '../../../renderer/src/state/store.ts';
import { smallEvent } from '../timetable/small-event.ts';

const openConflicts = () => {
  const { project, conflicts } = useProjectStore.getState();
  return conflicts.of(project!).map((c) => c.id).sort();
};

describe('the open project’s conflicts', () => {
  it('are those of the file just opened, whatever was open before', () => {
    const store = useProjectStore.getState();
    store.load(sampleProject(), 'sample.regie');
    const sampleChecker = useProjectStore.getState().conflicts;
    expect(openConflicts()).toEqual(findConflicts(sampleProject()).map((c) => c.id).sort());
    const small = smallEvent();
    store.load(small, 'small.regie');
    expect(useProjectStore.getState().conflicts).not.toBe(sampleChecker);
    expect(openConflicts()).toEqual(findConflicts(small).map((c) => c.id).sort());
  });

  it('follow the edits made after opening', () => {
    const store = useProjectStore.getState();
    store.load(smallEvent(), 'small.regie');
    const before = openConflicts();
    store.perform([{ type: 'session.place', payload: { sessionId: 'open-science', slot: { roomId: 'salle-1', day: '2025-10-14', start: '14:00' } } }], 'timetable:undo.place');
    const after = openConflicts();
    expect(after).toEqual(findConflicts(useProjectStore.getState().project!).map((c) => c.id).sort());
    expect(after.length).toBeGreaterThan(before.length);
  });
});

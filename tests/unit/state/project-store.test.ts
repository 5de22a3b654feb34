import { describe, expect, it } from 'vitest';
import { applyEdits, type Edit } from '../../../shared/edits/index.ts';
import { findConflicts } from '../../../shared/rules/index.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import { useProjectStore } from '../../../renderer/src/state/store.ts';
import { twoVenueEvent } from '../../fixtures/project.ts';

/** The keynote for 200 people put in a room for 40, over the hackathon already there. */
const KEYNOTE_OVER_HACKATHON: Edit[] = [{ type: 'sessions/place', payload: { sessionId: 'open-science', slot: { roomId: 'salle-1', day: '2025-10-14', start: '14:00' } } }];

const keys = (conflicts: readonly { key: string }[]) => conflicts.map((c) => c.key).sort();
const openConflicts = () => {
  const { project, conflicts } = useProjectStore.getState();
  return keys(conflicts.of(project!));
};

describe('the open project’s conflicts', () => {
  it('are those of the file just opened, none of the file open before', () => {
    const store = useProjectStore.getState();
    const clashing = applyEdits(twoVenueEvent(), KEYNOTE_OVER_HACKATHON).project;
    store.load(clashing, 'clashing.regie');
    const first = useProjectStore.getState().conflicts;
    expect(openConflicts()).toEqual(keys(findConflicts(clashing)));
    expect(openConflicts().some((key) => key === 'room-double-booked:guix|open-science')).toBe(true);
    store.load(sampleProject(), 'sample.regie');
    expect(useProjectStore.getState().conflicts).not.toBe(first);
    expect(openConflicts()).toEqual(keys(findConflicts(sampleProject())));
    expect(openConflicts().some((key) => key === 'room-double-booked:guix|open-science')).toBe(false);
  });

  it('follow the edits made after opening', () => {
    const store = useProjectStore.getState();
    store.load(twoVenueEvent(), 'small.regie');
    expect(openConflicts().some((key) => key === 'room-double-booked:guix|open-science')).toBe(false);
    store.perform(KEYNOTE_OVER_HACKATHON, 'timetable:undo.place');
    expect(openConflicts()).toEqual(keys(findConflicts(useProjectStore.getState().project!)));
    expect(openConflicts().some((key) => key === 'room-double-booked:guix|open-science')).toBe(true);
  });

  it('are marked unchecked from each load until the first check has run, edits in between included', () => {
    const store = useProjectStore.getState();
    store.load(twoVenueEvent(), 'small.regie');
    expect(useProjectStore.getState().conflictsChecked).toBe(false);
    store.perform(KEYNOTE_OVER_HACKATHON, 'timetable:undo.place');
    expect(useProjectStore.getState().conflictsChecked).toBe(false);
    store.checkConflicts();
    expect(useProjectStore.getState().conflictsChecked).toBe(true);
    expect(openConflicts()).toContain('room-double-booked:guix|open-science');
    store.load(sampleProject(), 'sample.regie');
    expect(useProjectStore.getState().conflictsChecked).toBe(false);
  });
});

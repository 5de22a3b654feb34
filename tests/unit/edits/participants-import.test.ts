/** The import edit on a list of people: places kept, newcomers last, people no longer listed gone from everything; one undo step. */
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/index.ts';
import { emptyHistory, perform, redo, undo } from '../../../shared/edits/history.ts';
import { sampleProject } from '../../../shared/sample/index.ts';

describe('importing people into a list', () => {
  const sample = sampleProject();
  const [first, leaving, third] = sample.participants;
  const grouped = sample.tours.flatMap((tour) => tour.groups).find((group) => group.participantIds.length > 0)!;
  const inGroup = grouped.participantIds[0]!;
  // The first person comes with the one who leaves.
  const before = applyEdit(sample, { type: 'participants/update', payload: { id: first!.id, changes: { companionIds: [leaving!.id] } } });
  const newcomer = { ...third!, id: 'newcomer', email: 'newcomer@example.org', lastName: 'Nouvelle' };
  const edit = {
    type: 'participants/import' as const,
    payload: { upserts: [{ ...third!, affiliation: 'Inria Lille' }, newcomer], removeIds: [leaving!.id, inGroup] },
  };

  it('updates people where they stand, adds newcomers last, and takes removed people out of companions and tour groups', () => {
    const after = applyEdit(before, edit).participants;
    const ids = before.participants.map((p) => p.id).filter((id) => id !== leaving!.id && id !== inGroup);
    expect(after.map((p) => p.id)).toEqual([...ids, 'newcomer']);
    expect(after.find((p) => p.id === third!.id)!.affiliation).toBe('Inria Lille');
    expect(after.find((p) => p.id === first!.id)!.companionIds).toEqual([]);
    const groups = applyEdit(before, edit).tours.flatMap((tour) => tour.groups);
    expect(groups.some((group) => group.participantIds.includes(inGroup))).toBe(false);
  });

  it('is one undo step that undo and redo replay exactly', () => {
    const done = perform(before, emptyHistory(), [edit], 'participants:history.import');
    expect(done.history.past).toHaveLength(1);
    const undone = undo(done.project, done.history);
    expect(undone.project).toEqual(before);
    expect(redo(undone.project, undone.history).project).toEqual(done.project);
  });

  it('puts a frozen list of people back as it is on undo and redo, never a copy of 10,000 people', () => {
    const frozen = { ...before, participants: Object.freeze([...before.participants]) as typeof before.participants };
    const done = perform(frozen, emptyHistory(), [{ ...edit, payload: { ...edit.payload, removeIds: [] } }], 'participants:history.import');
    const undone = undo(done.project, done.history);
    expect(undone.project.participants).toBe(frozen.participants);
    expect(undone.project).toEqual(frozen);
    expect(redo(undone.project, undone.history).project.participants).toBe(done.project.participants);
  });
});

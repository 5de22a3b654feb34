/** The open project's check a step at a time: an import's full check follows the edit, an edit of sessions never waits. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Edit } from '../../../shared/edits/index.ts';
import { findConflicts } from '../../../shared/rules/index.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import { useProjectStore } from '../../../renderer/src/state/store.ts';

const keys = (conflicts: readonly { key: string }[]) => conflicts.map((c) => c.key).sort();
const state = () => useProjectStore.getState();

/** Sixty newcomers registered for everything the sample offers. */
function importOfNewcomers(): Edit {
  const sample = sampleProject();
  const template = sample.participants[0]!;
  const registrations = sample.event.registrationOptions.map((option) => option.id);
  const upserts = Array.from({ length: 60 }, (_, i) => ({ ...template, id: `newcomer-${i}`, email: `newcomer${i}@example.org`, registrations, companionIds: [] }));
  return { type: 'participants/import', payload: { upserts, removeIds: [] } };
}

/** A window so slow that every reading of the clock is 5 ms later: no full check fits in an edit's time. */
const slowWindow = () => {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the open project’s check, a step at a time', () => {
  it('an import whose check does not fit in the edit’s time is unchecked until its slices have run, then has a full check’s conflicts', () => {
    state().load(sampleProject(), 'sample.regie');
    expect(state().checkConflicts()).toBe(true);
    slowWindow();
    state().perform([importOfNewcomers()], 'participants:history.import');
    expect(state().conflictsChecked).toBe(false);
    let slices = 1;
    while (!state().checkConflicts(8)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(state().conflictsChecked).toBe(true);
    const { project, conflicts } = state();
    expect(keys(conflicts.of(project!))).toEqual(keys(findConflicts(project!)));
  });

  it('an edit of sessions only is checked with the edit, however slow the window', () => {
    state().load(sampleProject(), 'sample.regie');
    state().checkConflicts();
    slowWindow();
    const session = state().project!.sessions.find((s) => s.slot !== null && s.parentId === null)!;
    const moved: Edit = { type: 'sessions/place', payload: { sessionId: session.id, slot: { ...session.slot!, start: '07:00' } } };
    state().perform([moved], 'timetable:undo.place');
    expect(state().conflictsChecked).toBe(true);
    const { project, conflicts } = state();
    expect(keys(conflicts.of(project!))).toEqual(keys(findConflicts(project!)));
  });

  it('a view that needs the conflicts at once gets them, and the slices under way end at their next turn', () => {
    state().load(sampleProject(), 'sample.regie');
    state().checkConflicts();
    slowWindow();
    state().perform([importOfNewcomers()], 'participants:history.import');
    expect(state().conflictsChecked).toBe(false);
    const { project, conflicts } = state();
    expect(keys(conflicts.of(project!))).toEqual(keys(findConflicts(project!)));
    expect(state().checkConflicts(8)).toBe(true);
  });

  it('undoing the import is checked the same way, back to the conflicts of before', () => {
    state().load(sampleProject(), 'sample.regie');
    state().checkConflicts();
    const before = keys(state().conflicts.of(state().project!));
    state().perform([importOfNewcomers()], 'participants:history.import');
    state().checkConflicts();
    slowWindow();
    state().undo();
    expect(state().conflictsChecked).toBe(false);
    state().checkConflicts();
    expect(keys(state().conflicts.of(state().project!))).toEqual(before);
  });
});

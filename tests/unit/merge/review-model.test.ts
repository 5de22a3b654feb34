import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n/index.ts';
import type { MergeCopy } from '../../../shared/ipc.ts';
import { conflictPlace, mergeProjects, valueInWords } from '../../../shared/merge/index.ts';
import type { Project } from '../../../shared/model/schema.ts';
import {
  allChoices, changesByArea, takenChanges, countChoices, mergedPlan,
} from '../../../renderer/src/features/merge/review-model.ts';
import { sessionOf, twoVenueEvent } from '../../fixtures/project.ts';

const { t } = createI18n('en');
const withHistory = (project: Project, revision: string, ancestors: string[]): Project =>
  produce(project, (draft) => {
    draft.history = { projectId: 'pepr-2025', revision, ancestors };
  });

/** A common version; I move Guix to 16:00 and rename Salle 1; they move Guix to 09:00 the next day and add a room. */
function copies() {
  const base = withHistory(twoVenueEvent(), 'r1', []);
  const mine = withHistory(produce(base, (draft) => {
    sessionOf(draft, 'guix').slot!.start = '16:00';
    draft.rooms.find((r) => r.id === 'salle-1')!.name = 'Salle Pasteur';
  }), 'r2', ['r1']);
  const theirs = withHistory(produce(base, (draft) => {
    sessionOf(draft, 'guix').slot = { roomId: 'amphi-a', day: '2025-10-15', start: '09:00' };
    draft.rooms.push({ ...draft.rooms[1]!, id: 'salle-2', name: 'Salle 2' });
  }), 'r3', ['r1']);
  const result = mergeProjects({ base, mine, theirs });
  const copy: MergeCopy = { fileName: 'theirs.regie', theirs, base, result, otherEvent: null };
  return { base, mine, theirs, copy };
}

describe('the merge review', () => {
  it('lists what comes from their copy by area, leaving the conflicts to their choices', () => {
    const { copy } = copies();
    const groups = changesByArea(takenChanges(copy.result));
    expect(groups.map((g) => g.area)).toEqual(['rooms']);
    expect(groups[0]!.changes).toMatchObject([{ kind: 'added', id: 'salle-2' }]);
  });

  it('shows the one conflict with the session’s title and both slots in words', () => {
    const { copy, mine, theirs } = copies();
    expect(copy.result.conflicts).toHaveLength(1);
    const [conflict] = copy.result.conflicts;
    expect(conflictPlace(t, conflict!, [mine, theirs])).toBe('Sessions › Empaqueter avec Guix › room and time');
    expect(valueInWords(t, conflict!.mine, [mine, theirs])).toBe('Salle Pasteur, Tuesday 14 October at 16:00');
    expect(valueInWords(t, conflict!.theirs, [mine, theirs])).toBe('Amphi A, Wednesday 15 October at 09:00');
  });

  it('names a rarer field as the file does, and the event’s own fields without a record', () => {
    const { mine } = copies();
    const at = (area: 'sessions' | 'event', id: string, path: string[]) =>
      conflictPlace(t, { key: path.join('/'), area, id, path, kind: 'both-changed', mine: 1, theirs: 2, base: 0 }, [mine]);
    expect(at('sessions', 'guix', ['sessions', 'guix', 'audience'])).toBe('Sessions › Empaqueter avec Guix › audience');
    expect(at('event', '', ['event', 'name'])).toBe('Event › name');
  });

  it('says a value absent on one side, empty, or a list, as words', () => {
    const { mine } = copies();
    expect(valueInWords(t, undefined, [mine])).toBe('absent (deleted or never added)');
    expect(valueInWords(t, null, [mine])).toBe('empty');
    expect(valueInWords(t, null, [mine], 'slot')).toBe('to be placed (backlog)');
    expect(valueInWords(t, true, [mine])).toBe('yes');
    expect(valueInWords(t, ['projector', 'wifi'], [mine])).toBe('projector, wifi');
    expect(valueInWords(t, { id: 'tanter', firstName: 'Mickaël', lastName: 'Tanter' }, [mine])).toBe('Mickaël Tanter');
  });

  it('counts the choices, all mine to start with, all theirs with one click', () => {
    const { copy } = copies();
    const mine = allChoices(copy.result.conflicts, 'mine');
    expect(countChoices(copy.result.conflicts, mine)).toEqual({ mine: 1, theirs: 0 });
    expect(countChoices(copy.result.conflicts, allChoices(copy.result.conflicts, 'theirs'))).toEqual({ mine: 0, theirs: 1 });
  });

  it('gives the plan with their slot when theirs is chosen, and keeps both sides’ other changes', () => {
    const { copy, mine } = copies();
    const outcome = mergedPlan(copy, mine, allChoices(copy.result.conflicts, 'theirs'), 'r4');
    if (!('plan' in outcome)) throw new Error('expected a plan');
    expect(sessionOf(outcome.plan, 'guix').slot).toEqual({ roomId: 'amphi-a', day: '2025-10-15', start: '09:00' });
    expect(outcome.plan.rooms.map((r) => r.name)).toEqual(['Amphi A', 'Salle Pasteur', 'Grand Hall', 'Salle 2']);
  });

  it('makes the merged plan a child of both copies, so the next merge with theirs starts from it', () => {
    const { copy, mine } = copies();
    const outcome = mergedPlan(copy, mine, allChoices(copy.result.conflicts, 'mine'), 'r4');
    if (!('plan' in outcome)) throw new Error('expected a plan');
    expect(outcome.plan.history).toEqual({ projectId: 'pepr-2025', revision: 'r4', ancestors: ['r2', 'r3', 'r1'] });
  });

  it('keeps my slot when mine is chosen', () => {
    const { copy, mine } = copies();
    const outcome = mergedPlan(copy, mine, allChoices(copy.result.conflicts, 'mine'), 'r4');
    if (!('plan' in outcome)) throw new Error('expected a plan');
    expect(sessionOf(outcome.plan, 'guix').slot).toEqual({ roomId: 'salle-1', day: '2025-10-14', start: '16:00' });
  });

  it('refuses a merged plan the file format would refuse, naming the field', () => {
    const { copy, mine } = copies();
    const broken = produce(copy.result.merged, (draft) => {
      sessionOf(draft, 'guix').durationMinutes = -5;
    });
    const outcome = mergedPlan({ ...copy, result: { ...copy.result, merged: broken, conflicts: [] } }, mine, {}, 'r4');
    expect('problems' in outcome && outcome.problems).toMatchObject([{ code: 'mergeReview:invalid', file: 'theirs.regie' }]);
    expect('problems' in outcome && String(outcome.problems[0]!.params!.details)).toMatch(/^sessions\[\d+\]\.durationMinutes/);
  });
});

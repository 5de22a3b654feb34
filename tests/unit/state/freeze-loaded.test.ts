/** A loaded project frozen a step at a time, so that the first edit has nothing left to freeze. */
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/index.ts';
import { generateEvent } from '../../../shared/sample/generate.ts';
import { freezeInSteps } from '../../../renderer/src/state/freeze-loaded.ts';

const plain = () => JSON.parse(JSON.stringify(generateEvent({ days: 2, rooms: 6, sessions: 120, participants: 1200, posters: 40, seed: 3 })));

describe('freezing a loaded project a step at a time', () => {
  it('freezes every part down to each person’s lists, leaves the project itself to the store, and takes many steps', () => {
    const project = plain();
    let steps = 0;
    for (const _ of freezeInSteps(project)) steps++;
    expect(steps).toBeGreaterThan(Object.keys(project).length);
    expect(Object.isFrozen(project)).toBe(false);
    expect(Object.isFrozen(project.participants)).toBe(true);
    expect(Object.isFrozen(project.participants[1199].registrations)).toBe(true);
    expect(Object.isFrozen(project.sessions[0].needs)).toBe(true);
    expect(Object.isFrozen(project.event.days)).toBe(true);
  });

  it('leaves a project that edits change as before', () => {
    const frozen = plain();
    for (const _ of freezeInSteps(frozen)) void _;
    const person = frozen.participants[0];
    const edit = { type: 'participants/update' as const, payload: { id: person.id, changes: { notes: 'Arrives late' } } };
    expect(applyEdit(frozen, edit)).toEqual(applyEdit(plain(), edit));
  });
});

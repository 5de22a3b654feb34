/** The rule: a poster's presenter on stage or in a workshop while the poster session runs; found at once after an edit. */
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/index.ts';
import { createConflictChecker } from '../../../shared/rules/index.ts';
import { found, projectWith, session } from '../rules/small-projects.ts';

const hallPlan = (talkStart: string) =>
  projectWith({
    rooms: [
      { id: 'r1', venueId: 'v1', name: 'Amphi A', capacity: 100 },
      { id: 'hall', venueId: 'v1', name: 'Grand hall', capacity: 300 },
    ],
    sessions: [
      session('posters', 'hall', '12:30', 90, { kind: 'poster-session', title: 'Session posters' }),
      session('talk', 'r1', talkStart, 20, { kind: 'talk', title: 'Apprentissage fédéré', people: [{ personId: 'p1', role: 'speaker' }] }),
    ],
    posterHall: { roomId: 'hall', posters: [{ id: 'x', title: 'Fed-BioMed en pratique', presenters: ['p1'] }] },
  });

describe('presenter busy during the poster session', () => {
  it('warns when a presenter gives a talk during the poster session, saying who, what, when and what to do', () => {
    const [conflict, ...more] = found(hallPlan('13:00'), 'presenter-busy-during-posters');
    expect(more).toEqual([]);
    expect(conflict!.severity).toBe('warning');
    expect(conflict!.items).toContainEqual({ kind: 'poster', id: 'x' });
    expect(conflict!.en).toBe(
      'Camille Maumet presents “Fed-BioMed en pratique” but is expected at “Apprentissage fédéré” (13:00–13:20) on 2025-10-14, during “Session posters” (12:30–14:00). Move “Apprentissage fédéré”, or give the poster another presenter.',
    );
    expect(conflict!.fr).toContain('Camille Maumet présente « Fed-BioMed en pratique »');
  });

  it('says nothing when the talk is outside the poster session', () => {
    expect(found(hallPlan('14:00'), 'presenter-busy-during-posters')).toEqual([]);
  });

  it('appears and goes at once when the talk is moved (incremental check)', () => {
    const before = hallPlan('14:00');
    const checker = createConflictChecker(before);
    const moved = applyEdit(before, { type: 'sessions/place', payload: { sessionId: 'talk', slot: { roomId: 'r1', day: '2025-10-14', start: '13:00' } } });
    expect(checker.update(moved).filter((c) => c.rule === 'presenter-busy-during-posters')).toHaveLength(1);
    const unassigned = applyEdit(moved, { type: 'posters/updatePoster', payload: { id: 'x', changes: { presenters: [] } } });
    expect(checker.update(unassigned).filter((c) => c.rule === 'presenter-busy-during-posters')).toEqual([]);
  });
});

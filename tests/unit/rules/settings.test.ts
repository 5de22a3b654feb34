/** The project's rule settings and acknowledgements, changed through edits (so undo works). */
import { describe, expect, it } from 'vitest';
import { applyEdit, applyEdits, EditRejected } from '../../../shared/edits/index.ts';
import { emptyHistory, perform, undo } from '../../../shared/edits/history.ts';
import { findConflicts, countBySeverity } from '../../../shared/rules/index.ts';
import { projectWith, session } from './small-projects.ts';

const rooms = [{ id: 'r1', venueId: 'v1', name: 'Amphi A', capacity: 100, changeoverMinutes: 15, equipment: ['projector' as const] }];
const base = projectWith({
  rooms,
  sessions: [
    session('a', 'r1', '10:00', 60, { needs: { equipment: ['projector'] } }),
    session('b', 'r1', '11:05', 60),
    session('c', 'r1', '11:30', 60),
    session('backlog', null, '', 30),
  ],
});

describe('rule settings', () => {
  it('lists errors first, then warnings, then information', () => {
    expect(findConflicts(base).map((c) => `${c.severity}:${c.rule}`)).toEqual([
      'error:room-double-booked',
      'warning:room-changeover',
      'info:unscheduled',
    ]);
  });

  it('changes a rule’s severity, and back to its default', () => {
    const raised = applyEdit(base, { type: 'conflicts/setRuleSeverity', payload: { rule: 'room-changeover', severity: 'error' } });
    expect(countBySeverity(findConflicts(raised))).toEqual({ error: 2, warning: 0, info: 1 });
    const back = applyEdit(raised, { type: 'conflicts/setRuleSeverity', payload: { rule: 'room-changeover', severity: null } });
    expect(countBySeverity(findConflicts(back))).toEqual({ error: 1, warning: 1, info: 1 });
  });

  it('turns a rule off and on', () => {
    const off = applyEdit(base, { type: 'conflicts/setRuleEnabled', payload: { rule: 'unscheduled', enabled: false } });
    expect(findConflicts(off).some((c) => c.rule === 'unscheduled')).toBe(false);
    const on = applyEdit(off, { type: 'conflicts/setRuleEnabled', payload: { rule: 'unscheduled', enabled: true } });
    expect(findConflicts(on).some((c) => c.rule === 'unscheduled')).toBe(true);
  });

  it('refuses an unknown rule with a message, leaving the project as it was', () => {
    const attempt = () => applyEdits(base, [{ type: 'conflicts/setRuleEnabled', payload: { rule: 'no-such-rule', enabled: false } }]);
    expect(attempt).toThrow(EditRejected);
    try {
      attempt();
    } catch (error) {
      expect((error as EditRejected).code).toBe('conflicts:edits.unknownRule');
    }
    expect(base.settings.rules).toEqual({});
  });
});

describe('acknowledgements', () => {
  const changeover = findConflicts(base).find((c) => c.rule === 'room-changeover')!;
  const error = findConflicts(base).find((c) => c.severity === 'error')!;

  it('marks an accepted warning with its note, keeps it in the project, and leaves it out of the counts', () => {
    const accepted = applyEdit(base, { type: 'conflicts/acknowledge', payload: { key: changeover.key, note: '  Même intervenant, pas de changement  ' } });
    expect(accepted.settings.acknowledgements).toEqual([{ key: changeover.key, note: 'Même intervenant, pas de changement' }]);
    const again = findConflicts(accepted).find((c) => c.key === changeover.key)!;
    expect(again).toMatchObject({ acknowledged: true, note: 'Même intervenant, pas de changement' });
    expect(countBySeverity(findConflicts(accepted)).warning).toBe(0);
    const withdrawn = applyEdit(accepted, { type: 'conflicts/withdraw', payload: { key: changeover.key } });
    expect(findConflicts(withdrawn).find((c) => c.key === changeover.key)!.acknowledged).toBe(false);
  });

  it('does not let an error be accepted away', () => {
    const accepted = applyEdit(base, { type: 'conflicts/acknowledge', payload: { key: error.key, note: 'tant pis' } });
    expect(findConflicts(accepted).find((c) => c.key === error.key)!.acknowledged).toBe(false);
  });

  it('keeps the acceptance when the sessions move (the key names sessions, not times)', () => {
    const accepted = applyEdit(base, { type: 'conflicts/acknowledge', payload: { key: changeover.key, note: 'ok' } });
    const moved = { ...accepted, sessions: accepted.sessions.map((s) => (s.id === 'b' ? { ...s, slot: { ...s.slot!, start: '11:10' } } : s)) };
    expect(findConflicts(moved).find((c) => c.rule === 'room-changeover')!.acknowledged).toBe(true);
  });

  it('is one undo step', () => {
    const done = perform(base, emptyHistory(), [{ type: 'conflicts/acknowledge', payload: { key: changeover.key, note: 'ok' } }], 'conflicts:history.acknowledge');
    expect(undo(done.project, done.history).project.settings.acknowledgements).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { applyEdit, applyEdits, EditRejected, type Edit } from '../../../shared/edits/index.ts';
import { emptyHistory, perform, redo, undo } from '../../../shared/edits/history.ts';
import { createI18n } from '../../../shared/i18n/index.ts';
import { smallEvent, session } from '../timetable/small-event.ts';

const DAY1 = '2025-10-14';
const DAY2 = '2025-10-15';

function rejection(run: () => unknown): EditRejected {
  try {
    run();
  } catch (error) {
    if (error instanceof EditRejected) return error;
    throw error;
  }
  throw new Error('expected the edit to be refused');
}

describe('placing a session', () => {
  it('puts a backlog session at the room, day and time it was dropped on', () => {
    const next = applyEdit(smallEvent(), { type: 'sessions/place', payload: { sessionId: 'open-science', slot: { roomId: 'amphi-a', day: DAY1, start: '14:30' } } });
    expect(session(next, 'open-science').slot).toEqual({ roomId: 'amphi-a', day: DAY1, start: '14:30' });
  });

  it('moves a thematic session with its keynote and talks: same offset, room and day', () => {
    const next = applyEdit(smallEvent(), { type: 'sessions/place', payload: { sessionId: 'ts1', slot: { roomId: 'salle-1', day: DAY2, start: '09:30' } } });
    expect(session(next, 'ts1').slot).toEqual({ roomId: 'salle-1', day: DAY2, start: '09:30' });
    expect(session(next, 'ts1-k').slot).toEqual({ roomId: 'salle-1', day: DAY2, start: '09:30' });
    expect(session(next, 'ts1-t1').slot).toEqual({ roomId: 'salle-1', day: DAY2, start: '10:15' });
    expect(session(next, 'ts1-t2').slot).toEqual({ roomId: 'salle-1', day: DAY2, start: '10:40' });
    expect(session(next, 'guix').slot?.start).toBe('14:00');
  });

  it('lays out the talks of a thematic session placed from the backlog one after the other', () => {
    let project = applyEdit(smallEvent(), { type: 'sessions/unschedule', payload: { sessionId: 'ts1' } });
    expect(['ts1', 'ts1-k', 'ts1-t1', 'ts1-t2'].map((id) => session(project, id).slot)).toEqual([null, null, null, null]);
    project = applyEdit(project, { type: 'sessions/place', payload: { sessionId: 'ts1', slot: { roomId: 'amphi-a', day: DAY2, start: '09:00' } } });
    expect(['ts1', 'ts1-k', 'ts1-t1', 'ts1-t2'].map((id) => session(project, id).slot?.start)).toEqual(['09:00', '09:00', '09:45', '10:10']);
  });

  it('refuses a slot past midnight, an unknown room or day, and a malformed time, with a sentence in both languages', () => {
    const project = smallEvent();
    const late = rejection(() => applyEdit(project, { type: 'sessions/place', payload: { sessionId: 'guix', slot: { roomId: 'salle-1', day: DAY1, start: '22:00' } } }));
    expect(late.code).toBe('timetable:rejected.outsideDay');
    expect(createI18n('fr').t(late.code, late.params)).toBe('« Empaqueter avec Guix » (180 min) ne tient pas dans la journée à partir de 22:00 : placez-la plus tôt ou raccourcissez-la. Rien n’a été modifié.');
    expect(createI18n('en').t(late.code, late.params)).toContain('does not fit in the day from 22:00');
    expect(rejection(() => applyEdit(project, { type: 'sessions/place', payload: { sessionId: 'guix', slot: { roomId: 'nowhere', day: DAY1, start: '09:00' } } })).code).toBe('timetable:rejected.unknownRoom');
    expect(rejection(() => applyEdit(project, { type: 'sessions/place', payload: { sessionId: 'guix', slot: { roomId: 'salle-1', day: '2025-10-16', start: '09:00' } } })).code).toBe('timetable:rejected.unknownDay');
    expect(rejection(() => applyEdit(project, { type: 'sessions/place', payload: { sessionId: 'guix', slot: { roomId: 'salle-1', day: DAY1, start: '9h' } } })).code).toBe('timetable:rejected.badTime');
    expect(rejection(() => applyEdit(project, { type: 'sessions/place', payload: { sessionId: 'ghost', slot: { roomId: 'salle-1', day: DAY1, start: '09:00' } } })).code).toBe('timetable:rejected.unknownSession');
  });

  it('refuses a move that would push a nested talk past midnight, and leaves every session where it was', () => {
    const project = applyEdit(smallEvent(), { type: 'sessions/resize', payload: { sessionId: 'ts1', durationMinutes: 60 } });
    const error = rejection(() => applyEdit(project, { type: 'sessions/place', payload: { sessionId: 'ts1', slot: { roomId: 'amphi-a', day: DAY1, start: '23:00' } } }));
    expect(error.code).toBe('timetable:rejected.outsideDay');
    expect(error.params.title).toBe('Exposé 1');
    expect(session(project, 'ts1').slot?.start).toBe('10:00');
  });
});

describe('resizing, unscheduling and snapping', () => {
  it('changes the duration, and refuses zero, fractions and an end after midnight', () => {
    const project = smallEvent();
    expect(session(applyEdit(project, { type: 'sessions/resize', payload: { sessionId: 'guix', durationMinutes: 90 } }), 'guix').durationMinutes).toBe(90);
    expect(rejection(() => applyEdit(project, { type: 'sessions/resize', payload: { sessionId: 'guix', durationMinutes: 0 } })).code).toBe('timetable:invalid.durationMinutes');
    expect(rejection(() => applyEdit(project, { type: 'sessions/resize', payload: { sessionId: 'guix', durationMinutes: 12.5 } })).code).toBe('timetable:invalid.durationMinutes');
    expect(rejection(() => applyEdit(project, { type: 'sessions/resize', payload: { sessionId: 'cocktail', durationMinutes: 400 } })).code).toBe('timetable:rejected.outsideDay');
  });

  it('sends a session back to the backlog', () => {
    expect(session(applyEdit(smallEvent(), { type: 'sessions/unschedule', payload: { sessionId: 'guix' } }), 'guix').slot).toBeNull();
  });

  it('accepts the four snapping steps only', () => {
    expect(applyEdit(smallEvent(), { type: 'settings/snap', payload: { snapMinutes: 15 } }).settings.snapMinutes).toBe(15);
    expect(rejection(() => applyEdit(smallEvent(), { type: 'settings/snap', payload: { snapMinutes: 7 as 5 } })).code).toBe('timetable:rejected.badSnap');
  });
});

describe('undo and redo of the timetable', () => {
  const gestures: { edit: Edit; check: (p: ReturnType<typeof smallEvent>) => unknown }[] = [
    { edit: { type: 'sessions/place', payload: { sessionId: 'open-science', slot: { roomId: 'amphi-a', day: DAY1, start: '14:30' } } }, check: (p) => session(p, 'open-science').slot },
    { edit: { type: 'sessions/place', payload: { sessionId: 'ts1', slot: { roomId: 'salle-1', day: DAY2, start: '09:00' } } }, check: (p) => session(p, 'ts1-t2').slot },
    { edit: { type: 'sessions/resize', payload: { sessionId: 'guix', durationMinutes: 90 } }, check: (p) => session(p, 'guix').durationMinutes },
    { edit: { type: 'sessions/unschedule', payload: { sessionId: 'cocktail' } }, check: (p) => session(p, 'cocktail').slot },
  ];

  for (const { edit, check } of gestures) {
    it(`undoes and redoes ${edit.type} exactly`, () => {
      const before = smallEvent();
      const done = perform(before, emptyHistory(), [edit], 'test');
      expect(check(done.project)).not.toEqual(check(before));
      const undone = undo(done.project, done.history);
      expect(undone.project).toEqual(before);
      const redone = redo(undone.project, undone.history);
      expect(redone.project).toEqual(done.project);
    });
  }

  it('keeps a whole drag (several edits) as one step', () => {
    const before = smallEvent();
    const done = perform(before, emptyHistory(), [
      { type: 'sessions/place', payload: { sessionId: 'guix', slot: { roomId: 'amphi-a', day: DAY2, start: '09:00' } } },
      { type: 'sessions/resize', payload: { sessionId: 'guix', durationMinutes: 60 } },
    ], 'drag');
    expect(done.history.past).toHaveLength(1);
    expect(undo(done.project, done.history).project).toEqual(before);
  });

  it('undoes 250 moves one by one back to the start, then redoes them all', () => {
    const start = smallEvent();
    let state = { project: start, history: emptyHistory() };
    const snapshots = [start];
    for (let i = 0; i < 250; i += 1) {
      const minutes = 8 * 60 + (i % 100) * 5;
      const startTime = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      state = perform(state.project, state.history, [{ type: 'sessions/place', payload: { sessionId: 'guix', slot: { roomId: i % 2 ? 'amphi-a' : 'salle-1', day: i % 3 ? DAY1 : DAY2, start: startTime } } }], 'move');
      snapshots.push(state.project);
    }
    expect(state.history.past.length).toBeGreaterThanOrEqual(200);
    for (let i = snapshots.length - 2; i >= 0; i -= 1) {
      state = undo(state.project, state.history);
      expect(session(state.project, 'guix').slot).toEqual(session(snapshots[i]!, 'guix').slot);
    }
    expect(state.project).toEqual(start);
    for (let i = 0; i < 250; i += 1) state = redo(state.project, state.history);
    expect(state.project).toEqual(snapshots.at(-1));
  });

  it('leaves the project untouched when one edit of a gesture is refused', () => {
    const before = smallEvent();
    expect(() => applyEdits(before, [
      { type: 'sessions/place', payload: { sessionId: 'guix', slot: { roomId: 'amphi-a', day: DAY2, start: '09:00' } } },
      { type: 'sessions/resize', payload: { sessionId: 'guix', durationMinutes: -5 } },
    ])).toThrow(EditRejected);
    expect(session(before, 'guix').slot).toEqual({ roomId: 'salle-1', day: DAY1, start: '14:00' });
  });
});

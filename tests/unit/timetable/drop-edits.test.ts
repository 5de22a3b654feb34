import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../shared/edits/index.ts';
import { dropEdits } from '../../../renderer/src/features/timetable/drop-edits.ts';
import { sessionOf, twoVenueEvent } from '../../fixtures/project.ts';

/** The plan after a drop, as the organiser would see it. */
function dropped(target: Parameters<typeof dropEdits>[1]) {
  const project = twoVenueEvent();
  const gesture = dropEdits(project, target);
  if (!gesture) throw new Error('the drop changed nothing');
  return { label: gesture.label, steps: gesture.edits.length, project: applyEdits(project, gesture.edits).project };
}

describe('what a drop on the timetable does', () => {
  it('places a session from the backlog in the room, day and time it was dropped on, as one "place" step', () => {
    const after = dropped({ type: 'slot', sessionId: 'open-science', roomId: 'amphi-a', day: '2025-10-15', start: 9 * 60 + 30, duration: 60 });
    expect(sessionOf(after.project, 'open-science').slot).toEqual({ roomId: 'amphi-a', day: '2025-10-15', start: '09:30' });
    expect(after).toMatchObject({ label: 'timetable:undo.place', steps: 1 });
  });

  it('moves a placed session to another room and time, its talks with it', () => {
    const after = dropped({ type: 'slot', sessionId: 'ts1', roomId: 'salle-1', day: '2025-10-14', start: 8 * 60 + 30, duration: 120 });
    expect(sessionOf(after.project, 'ts1').slot).toEqual({ roomId: 'salle-1', day: '2025-10-14', start: '08:30' });
    expect(sessionOf(after.project, 'ts1-t1').slot).toEqual({ roomId: 'salle-1', day: '2025-10-14', start: '09:15' });
    expect(after.label).toBe('timetable:undo.move');
  });

  it('moves a session dropped on another day tab to that day, same room and time', () => {
    const after = dropped({ type: 'day', sessionId: 'guix', day: '2025-10-15' });
    expect(sessionOf(after.project, 'guix').slot).toEqual({ roomId: 'salle-1', day: '2025-10-15', start: '14:00' });
    expect(after.label).toBe('timetable:undo.move');
  });

  it('takes a session dropped on the backlog off the grid', () => {
    const after = dropped({ type: 'backlog', sessionId: 'cocktail' });
    expect(sessionOf(after.project, 'cocktail').slot).toBeNull();
    expect(after.label).toBe('timetable:undo.unschedule');
  });

  it('gives a stretched session its new length', () => {
    const after = dropped({ type: 'resize', sessionId: 'guix', duration: 210 });
    expect(sessionOf(after.project, 'guix').durationMinutes).toBe(210);
    expect(after.label).toBe('timetable:undo.resize');
  });

  it('makes no undo step for a drop that changes nothing', () => {
    const project = twoVenueEvent();
    expect(dropEdits(project, { type: 'slot', sessionId: 'guix', roomId: 'salle-1', day: '2025-10-14', start: 14 * 60, duration: 180 })).toBeNull();
    expect(dropEdits(project, { type: 'day', sessionId: 'guix', day: '2025-10-14' })).toBeNull();
    expect(dropEdits(project, { type: 'day', sessionId: 'open-science', day: '2025-10-15' })).toBeNull();
    expect(dropEdits(project, { type: 'resize', sessionId: 'guix', duration: 180 })).toBeNull();
    expect(dropEdits(project, { type: 'backlog', sessionId: 'no-such-session' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { openingPlace } from '../../../shared/timetable/opening-place.ts';
import { buildProject, DAY, DAY2, sessionAt } from '../../fixtures/project.ts';

const rooms = {
  venues: [{ id: 'v1', name: 'Pôle Formation' }],
  rooms: [
    { id: 'r1', venueId: 'v1', name: 'Amphi A', capacity: 100 },
    { id: 'r2', venueId: 'v1', name: 'Amphi B', capacity: 100 },
  ],
};

describe('where the grid opens on a file never looked at', () => {
  it('is the first session of the first day that has one: its day, its room, the hour line above it', () => {
    const project = buildProject({
      ...rooms,
      sessions: [sessionAt('late', 'r1', '16:00', 30, { day: DAY2 }), sessionAt('early', 'r2', '13:30', 60, { day: DAY2 }), sessionAt('waiting', null, '09:00', 30)],
    });
    expect(openingPlace(project)).toEqual({ day: DAY2, roomId: 'r2', minute: 13 * 60 });
  });

  it('takes the room first in the project’s order when two sessions start together', () => {
    const project = buildProject({ ...rooms, sessions: [sessionAt('b', 'r2', '09:00', 30), sessionAt('a', 'r1', '09:00', 30)] });
    expect(openingPlace(project)).toEqual({ day: DAY, roomId: 'r1', minute: 9 * 60 });
  });

  it('is the top left of the first day when nothing is placed', () => {
    expect(openingPlace(buildProject({ ...rooms, sessions: [sessionAt('waiting', null, '09:00', 30)] }))).toEqual({ day: DAY, roomId: null, minute: 0 });
  });
});

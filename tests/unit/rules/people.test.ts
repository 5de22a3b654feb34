/** A person in two places at once (with travel between venues), a person unavailable, a guide leading two groups. */
import { describe, expect, it } from 'vitest';
import { DAY, found, projectWith, session, sessionsOf } from './small-projects.ts';

const speaker = { people: [{ personId: 'p1', role: 'speaker' as const }] };
const twoVenues = {
  venues: [
    { id: 'v1', name: 'Pôle Formation', travelMinutes: { v2: 20 } },
    { id: 'v2', name: 'Palais de la Bourse' },
  ],
  rooms: [
    { id: 'r1', venueId: 'v1', name: 'Amphi A', capacity: 100 },
    { id: 'r2', venueId: 'v1', name: 'Amphi B', capacity: 100 },
    { id: 'r3', venueId: 'v2', name: 'Salle du Conseil', capacity: 100 },
  ],
};

describe('person in two places at once', () => {
  it('reports a speaker in two rooms at the same time, naming the person and both sessions', () => {
    const p = projectWith({ sessions: [session('a', 'r1', '10:00', 60, speaker), session('b', 'r2', '10:30', 60, speaker)] });
    const [c, ...more] = found(p, 'person-double-booked');
    expect(more).toEqual([]);
    expect(c!.severity).toBe('error');
    expect(sessionsOf(c!)).toEqual(['a', 'b']);
    expect(c!.items).toContainEqual({ kind: 'person', id: 'p1' });
    expect(c!.en).toBe('Camille Maumet is expected at “Session a” (10:00–11:00) and at “Session b” (10:30–11:30) on Tuesday 14 October. Move one of the sessions or give the role to someone else.');
  });

  it('lets a speaker go from one room to the next in the same venue back to back', () => {
    const p = projectWith({ sessions: [session('a', 'r1', '10:00', 60, speaker), session('b', 'r2', '11:00', 60, speaker)] });
    expect(found(p, 'person-double-booked')).toEqual([]);
  });

  it('counts travel: a 10-minute gap between venues 20 minutes apart is an error, 20 minutes is fine', () => {
    const tight = projectWith({ ...twoVenues, sessions: [session('a', 'r1', '10:00', 60, speaker), session('b', 'r3', '11:10', 60, speaker)] });
    const [c] = found(tight, 'person-double-booked');
    expect(c!.severity).toBe('error');
    expect(c!.en).toBe('Camille Maumet finishes “Session a” at 11:00 (Pôle Formation) and is due at “Session b” at 11:10 (Palais de la Bourse) on Tuesday 14 October: a 10-minute gap for 20 minutes of travel. Leave at least 20 minutes between them or give the role to someone else.');
    // Travel time recorded on one venue only counts both ways.
    const back = projectWith({ ...twoVenues, sessions: [session('a', 'r3', '10:00', 60, speaker), session('b', 'r1', '11:10', 60, speaker)] });
    expect(found(back, 'person-double-booked')).toHaveLength(1);
    const enough = projectWith({ ...twoVenues, sessions: [session('a', 'r1', '10:00', 60, speaker), session('b', 'r3', '11:20', 60, speaker)] });
    expect(found(enough, 'person-double-booked')).toEqual([]);
  });

  it('takes the longer figure when the two venues record different travel times, whatever the order', () => {
    const lopsided = {
      ...twoVenues,
      venues: [
        { id: 'v1', name: 'Pôle Formation', travelMinutes: { v2: 20 } as Record<string, number> },
        { id: 'v2', name: 'Palais de la Bourse', travelMinutes: { v1: 35 } as Record<string, number> },
      ],
    };
    const there = projectWith({ ...lopsided, sessions: [session('a', 'r1', '10:00', 60, speaker), session('b', 'r3', '11:25', 60, speaker)] });
    const back = projectWith({ ...lopsided, sessions: [session('b', 'r3', '11:25', 60, speaker), session('a', 'r1', '10:00', 60, speaker)] });
    expect(found(there, 'person-double-booked')[0]!.en).toContain('a 25-minute gap for 35 minutes of travel');
    expect(found(back, 'person-double-booked')[0]!.en).toContain('a 25-minute gap for 35 minutes of travel');
  });

  it('does not count a chair of a thematic session who also speaks inside it', () => {
    const p = projectWith({
      sessions: [
        session('theme', 'r1', '10:00', 90, { kind: 'thematic-session', people: [{ personId: 'p1', role: 'chair' }] }),
        session('talk', 'r1', '10:30', 20, { kind: 'talk', parentId: 'theme', ...speaker }),
      ],
    });
    expect(found(p, 'person-double-booked')).toEqual([]);
  });

  it('includes tour guides: a guide leading a group while speaking elsewhere', () => {
    const p = projectWith({
      ...twoVenues,
      people: [{ id: 'g1', firstName: 'Jeanne', lastName: 'Guide' }],
      sessions: [
        session('tour', 'r3', '19:00', 120, { kind: 'social' }),
        session('talk', 'r1', '18:00', 60, { people: [{ personId: 'g1', role: 'speaker' }] }),
      ],
      tours: [{ id: 't', name: 'Visite', sessionId: 'tour', venueId: 'v2', tourMinutes: 45, groups: [{ id: 'g-a', name: 'Groupe 1', guideId: 'g1', departure: '19:10' }] }],
    });
    const [c] = found(p, 'person-double-booked');
    expect(c!.items).toContainEqual({ kind: 'tour-group', id: 'g-a' });
    expect(c!.en).toContain('Jeanne Guide finishes “Session talk” at 19:00 (Pôle Formation) and is due at “Visite — Groupe 1” at 19:10');
  });
});

describe('person unavailable', () => {
  const people = [{ id: 'p1', firstName: 'Anne-Cécile', lastName: 'Orgerie', availability: [{ day: DAY, start: '14:00', end: '18:00' }] }];

  it('reports a session outside the person’s availability, and a day they are not there', () => {
    expect(found(projectWith({ people, sessions: [session('a', 'r1', '14:00', 60, speaker)] }), 'person-unavailable')).toEqual([]);
    const [c] = found(projectWith({ people, sessions: [session('a', 'r1', '11:00', 60, speaker)] }), 'person-unavailable');
    expect(c!.en).toBe('Anne-Cécile Orgerie is only available 14:00–18:00 on Tuesday 14 October, but speaks in “Session a” (11:00–12:00). Move the session or check their availability.');
    const [absent] = found(projectWith({ people, sessions: [session('a', 'r1', '14:00', 60, { ...speaker, day: '2025-10-15' })] }), 'person-unavailable');
    expect(absent!.fr).toContain('n’est pas disponible le mercredi 15 octobre');
  });

  it('takes an empty availability as available throughout', () => {
    expect(found(projectWith({ sessions: [session('a', 'r1', '06:00', 60, speaker)] }), 'person-unavailable')).toEqual([]);
  });
});

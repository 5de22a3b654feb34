/** Room rules on small hand-made plans: double booking, changeover, capacity, availability, hours, days, needs. */
import { describe, expect, it } from 'vitest';
import { DAY, found, projectWith, session, sessionsOf } from './small-projects.ts';

describe('room double-booked', () => {
  it('lets two sessions follow each other back to back', () => {
    const p = projectWith({ sessions: [session('a', 'r1', '10:00', 60), session('b', 'r1', '11:00', 60)] });
    expect(found(p, 'room-double-booked')).toEqual([]);
  });

  it('reports a one-minute overlap, naming both sessions, the room and the times', () => {
    const p = projectWith({ sessions: [session('a', 'r1', '10:00', 61), session('b', 'r1', '11:00', 60)] });
    const [c, ...more] = found(p, 'room-double-booked');
    expect(more).toEqual([]);
    expect(c!.severity).toBe('error');
    expect(sessionsOf(c!)).toEqual(['a', 'b']);
    expect(c!.en).toBe('“Session a” (10:00–11:01) and “Session b” (11:00–12:00) are both in Amphi A on Tuesday 14 October. Move one of them to another room or time.');
    expect(c!.fr).toContain('« Session a »');
    expect(c!.fr).toContain('Déplacez');
  });

  it('does not mix rooms or days', () => {
    const p = projectWith({
      sessions: [session('a', 'r1', '10:00', 60), session('b', 'r2', '10:00', 60), session('c', 'r1', '10:00', 60, { day: '2025-10-15' })],
    });
    expect(found(p, 'room-double-booked')).toEqual([]);
  });

  it('does not count the talks of a thematic session as clashing with it, but reports an intruder once', () => {
    const p = projectWith({
      sessions: [
        session('theme', 'r1', '10:00', 90, { kind: 'thematic-session' }),
        session('talk1', 'r1', '10:00', 30, { kind: 'talk', parentId: 'theme' }),
        session('talk2', 'r1', '10:30', 30, { kind: 'talk', parentId: 'theme' }),
        session('intruder', 'r1', '10:45', 30),
      ],
    });
    const conflicts = found(p, 'room-double-booked');
    expect(conflicts.map(sessionsOf)).toEqual([['intruder', 'theme']]);
  });
});

describe('room changeover', () => {
  const rooms = [{ id: 'r1', venueId: 'v1', name: 'Amphi A', capacity: 100, changeoverMinutes: 15 }];

  it('warns when a different set-up follows with less than the room’s changeover', () => {
    const p = projectWith({
      rooms,
      sessions: [
        session('a', 'r1', '10:00', 60, { needs: { equipment: ['projector'], layout: 'theatre' } }),
        session('b', 'r1', '11:10', 60, { needs: { equipment: [], layout: 'classroom' } }),
      ],
    });
    const [c] = found(p, 'room-changeover');
    expect(c!.severity).toBe('warning');
    expect(c!.en).toContain('there are 10 minutes to change the set-up; it needs 15');
  });

  it('accepts the same set-up back to back, and a long enough gap', () => {
    const same = projectWith({ rooms, sessions: [session('a', 'r1', '10:00', 60), session('b', 'r1', '11:00', 60)] });
    expect(found(same, 'room-changeover')).toEqual([]);
    const gap = projectWith({
      rooms,
      sessions: [session('a', 'r1', '10:00', 60, { needs: { equipment: ['projector'] } }), session('b', 'r1', '11:15', 60)],
    });
    expect(found(gap, 'room-changeover')).toEqual([]);
  });

  it('needs no changeover between consecutive talks of one track', () => {
    const p = projectWith({
      rooms,
      sessions: [
        session('t1', 'r1', '10:00', 20, { kind: 'talk', parentId: 'track', needs: { equipment: ['projector'] } }),
        session('t2', 'r1', '10:20', 20, { kind: 'talk', parentId: 'track', needs: { equipment: ['microphones'] } }),
        session('track', 'r2', '09:00', 30, { kind: 'thematic-session' }),
      ],
    });
    expect(found(p, 'room-changeover')).toEqual([]);
  });
});

describe('capacity', () => {
  it('is an error when more people are expected than seats', () => {
    const p = projectWith({ sessions: [session('a', 'r1', '10:00', 60, { expectedAudience: 120 })] });
    const [c] = found(p, 'capacity-too-small');
    expect(c!.en).toBe('“Session a” (Tuesday 14 October, 10:00–11:00) expects 120 people but Amphi A seats only 100. Choose a larger room.');
  });

  it('counts registrants when more signed up than expected', () => {
    const p = projectWith({
      event: { name: 'E', days: [{ date: DAY }], registrationOptions: [{ id: 'w', label: 'Atelier', kind: 'workshop', sessionId: 'a' }] },
      sessions: [session('a', 'r1', '10:00', 60, { expectedAudience: 10 })],
      rooms: [{ id: 'r1', venueId: 'v1', name: 'Salle TP', capacity: 2 }],
      participants: ['x', 'y', 'z'].map((id) => ({ id, lastName: id, registrations: ['w'] })),
    });
    expect(found(p, 'capacity-too-small').map((c) => c.params.audience)).toEqual([10]);
    const small = projectWith({ ...p, sessions: [session('a', 'r1', '10:00', 60, { expectedAudience: 1 })] });
    expect(found(small, 'capacity-too-small').map((c) => c.params.audience)).toEqual([3]);
  });

  it('notes a room far too large: under a quarter of more than 100 seats', () => {
    const rooms = [{ id: 'r1', venueId: 'v1', name: 'Grand amphi', capacity: 400 }];
    expect(found(projectWith({ rooms, sessions: [session('a', 'r1', '10:00', 60, { expectedAudience: 99 })] }), 'capacity-far-too-large')[0]!.severity).toBe('info');
    expect(found(projectWith({ rooms, sessions: [session('a', 'r1', '10:00', 60, { expectedAudience: 100 })] }), 'capacity-far-too-large')).toEqual([]);
    expect(found(projectWith({ rooms, sessions: [session('a', 'r1', '10:00', 60, { expectedAudience: 0 })] }), 'capacity-far-too-large')).toEqual([]);
    const small = [{ id: 'r1', venueId: 'v1', name: 'Salle', capacity: 100 }];
    expect(found(projectWith({ rooms: small, sessions: [session('a', 'r1', '10:00', 60, { expectedAudience: 5 })] }), 'capacity-far-too-large')).toEqual([]);
  });
});

describe('availability, opening hours and event days', () => {
  it('reports a session that leaves the room’s availability, or a day the room is not available', () => {
    const rooms = [{ id: 'r1', venueId: 'v1', name: 'Amphi A', capacity: 100, availability: [{ day: DAY, start: '09:00', end: '12:00' }] }];
    expect(found(projectWith({ rooms, sessions: [session('a', 'r1', '11:00', 60)] }), 'room-unavailable')).toEqual([]);
    const [late] = found(projectWith({ rooms, sessions: [session('a', 'r1', '11:30', 60)] }), 'room-unavailable');
    expect(late!.en).toContain('only available 09:00–12:00 on Tuesday 14 October');
    const [other] = found(projectWith({ rooms, sessions: [session('a', 'r1', '10:00', 60, { day: '2025-10-15' })] }), 'room-unavailable');
    expect(other!.en).toContain('not available on Wednesday 15 October');
  });

  it('reports a session outside its venue’s opening hours, and none when the venue has no hours', () => {
    const venues = [{ id: 'v1', name: 'Palais de la Bourse', openingHours: [{ day: DAY, start: '18:00', end: '23:00' }] }];
    expect(found(projectWith({ venues, sessions: [session('a', 'r1', '22:00', 60)] }), 'outside-opening-hours')).toEqual([]);
    const [c] = found(projectWith({ venues, sessions: [session('a', 'r1', '22:30', 60)] }), 'outside-opening-hours');
    expect(c!.en).toContain('Palais de la Bourse (18:00–23:00)');
    expect(found(projectWith({ sessions: [session('a', 'r1', '06:00', 60)] }), 'outside-opening-hours')).toEqual([]);
  });

  it('reports a session on a day that is not the event’s', () => {
    const [c] = found(projectWith({ sessions: [session('a', 'r1', '10:00', 60, { day: '2025-10-16' })] }), 'outside-event-days');
    expect(c!.en).toContain('placed on Thursday 16 October, which is not a day of the event (14 Oct and 15 Oct)');
  });
});

describe('needs', () => {
  it('names each piece of equipment the room lacks, in the reader’s language', () => {
    const rooms = [{ id: 'r1', venueId: 'v1', name: 'Salle TP 1', capacity: 30, equipment: ['projector' as const] }];
    const p = projectWith({ rooms, sessions: [session('a', 'r1', '10:00', 60, { needs: { equipment: ['projector', 'power-sockets'] } })] });
    const conflicts = found(p, 'missing-equipment');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.en).toContain('needs the equipment “Power sockets”, which Salle TP 1 does not have');
    expect(conflicts[0]!.fr).toContain('a besoin de l’équipement « Prises électriques », que la salle Salle TP 1 n’a pas');
  });

  it('reports a layout the room is not set in', () => {
    const rooms = [{ id: 'r1', venueId: 'v1', name: 'Amphi A', capacity: 100, layout: 'theatre' as const }];
    const [c] = found(projectWith({ rooms, sessions: [session('a', 'r1', '10:00', 60, { needs: { equipment: [], layout: 'classroom' } })] }), 'wrong-layout');
    expect(c!.en).toContain('needs a “Classroom” layout but Amphi A is set up as “Theatre”');
    expect(found(projectWith({ rooms, sessions: [session('a', 'r1', '10:00', 60, { needs: { equipment: [], layout: 'theatre' } })] }), 'wrong-layout')).toEqual([]);
  });
});

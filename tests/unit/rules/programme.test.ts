/** Programme rules: exclusive sessions, audience clashes, nested talks, unscheduled sessions, missing themes. */
import { describe, expect, it } from 'vitest';
import { DAY, found, projectWith, session, sessionsOf } from './small-projects.ts';

const annual = { audience: ['annual-days' as const] };

describe('exclusive sessions', () => {
  it('reports a keynote overlapping another session for the same audience, keynote first', () => {
    const p = projectWith({
      sessions: [
        session('w', 'r1', '10:30', 60, { ...annual, title: 'Atelier 1' }),
        session('k', 'r2', '10:00', 45, { ...annual, kind: 'keynote', title: 'Keynote Maumet' }),
      ],
    });
    const [c] = found(p, 'exclusive-overlap');
    expect(c!.items.map((i) => i.id)).toEqual(['k', 'w']);
    expect(c!.en).toBe('“Keynote Maumet” (10:00–10:45) is a plenary session, but “Atelier 1” (10:30–11:30) runs at the same time on Tuesday 14 October for the same audience. Move “Atelier 1” before or after it.');
  });

  it('ignores other audiences and sessions that merely touch', () => {
    const p = projectWith({
      sessions: [
        session('k', 'r1', '10:00', 45, { ...annual, kind: 'plenary' }),
        session('h', 'r2', '10:00', 60, { audience: ['engineers-seminar'] }),
        session('w', 'r2', '10:45', 60, annual),
      ],
    });
    expect(found(p, 'exclusive-overlap')).toEqual([]);
  });

  it('treats an institutional session with people on stage as the opening; a keynote inside its thematic session is no clash', () => {
    const p = projectWith({
      sessions: [
        session('opening', 'r1', '09:00', 45, { ...annual, kind: 'institutional', people: [{ personId: 'p1', role: 'host' }] }),
        session('coffee', 'r2', '09:30', 30, { ...annual, kind: 'break' }),
        session('theme', 'r1', '10:00', 90, { ...annual, kind: 'thematic-session' }),
        session('kn', 'r1', '10:00', 30, { ...annual, kind: 'keynote', parentId: 'theme' }),
        session('talk', 'r1', '10:30', 20, { ...annual, kind: 'talk', parentId: 'theme' }),
      ],
    });
    expect(found(p, 'exclusive-overlap').map(sessionsOf)).toEqual([['coffee', 'opening']]);
  });

  it('reports a keynote overlapping a thematic session once, not once more per talk inside it', () => {
    const thematic = [
      session('theme', 'r1', '10:00', 90, { ...annual, kind: 'thematic-session' }),
      session('kn', 'r1', '10:00', 30, { ...annual, kind: 'keynote', parentId: 'theme' }),
      session('talk', 'r1', '10:30', 20, { ...annual, kind: 'talk', parentId: 'theme' }),
    ];
    const intruder = projectWith({ sessions: [...thematic, session('orgerie', 'r2', '10:15', 45, { ...annual, kind: 'keynote' })] });
    expect(found(intruder, 'exclusive-overlap').map(sessionsOf)).toEqual([['orgerie', 'theme']]);
    // A workshop does not stop a thematic session, but it does clash with the keynote inside it: that pair stays.
    const workshop = projectWith({ sessions: [...thematic, session('ws', 'r2', '10:15', 45, annual)] });
    expect(found(workshop, 'exclusive-overlap').map(sessionsOf)).toEqual([['kn', 'ws']]);
  });
});

describe('audience clash', () => {
  const event = {
    name: 'E',
    days: [{ date: DAY }],
    registrationOptions: [
      { id: 'opt-w', label: 'Atelier 2', kind: 'workshop' as const, sessionId: 'w' },
      { id: 'opt-h', label: 'Hackathon Guix', kind: 'hackathon' as const, sessionId: 'h' },
    ],
  };
  const participants = [
    { id: 'a', lastName: 'Aubert', registrations: ['opt-w', 'opt-h'] },
    { id: 'b', lastName: 'Bénard', registrations: ['opt-w', 'opt-h'] },
    { id: 'c', lastName: 'Colin', registrations: ['opt-w'] },
  ];

  it('reports one conflict per pair of overlapping sessions with the number of people registered to both', () => {
    const p = projectWith({ event, participants, sessions: [session('w', 'r1', '14:00', 90), session('h', 'r2', '15:00', 120)] });
    const conflicts = found(p, 'audience-clash');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.params.count).toBe(2);
    expect(conflicts[0]!.en).toBe('2 participants are registered for both “Session w” (14:00–15:30) and “Session h” (15:00–17:00), which overlap on Tuesday 14 October. Move one of the sessions or tell these people.');
    expect(conflicts[0]!.fr).toContain('2 participants sont inscrits');
  });

  it('says nothing when the sessions follow each other', () => {
    const p = projectWith({ event, participants, sessions: [session('w', 'r1', '14:00', 60), session('h', 'r2', '15:00', 120)] });
    expect(found(p, 'audience-clash')).toEqual([]);
  });
});

describe('nested sessions', () => {
  it('reports a talk outside its thematic session’s time or room', () => {
    const p = projectWith({
      sessions: [
        session('theme', 'r1', '10:00', 60, { kind: 'thematic-session', title: 'Jumeaux numériques' }),
        session('inside', 'r1', '10:00', 60, { kind: 'talk', parentId: 'theme' }),
        session('late', 'r1', '10:50', 20, { kind: 'talk', parentId: 'theme' }),
        session('elsewhere', 'r2', '10:00', 20, { kind: 'talk', parentId: 'theme' }),
      ],
    });
    const conflicts = found(p, 'nested-outside-parent');
    expect(conflicts.map((c) => c.items[0]!.id).sort()).toEqual(['elsewhere', 'late']);
    expect(conflicts.find((c) => c.items[0]!.id === 'late')!.en).toBe('“Session late” (Amphi A, Tuesday 14 October, 10:50–11:10) belongs to “Jumeaux numériques” (Amphi A, Tuesday 14 October, 10:00–11:00) but is outside its time or room. Put it back inside the session.');
  });

  it('reports a placed talk whose session is still in the backlog', () => {
    const p = projectWith({ sessions: [session('theme', null, '', 60, { kind: 'thematic-session' }), session('t', 'r1', '10:00', 20, { kind: 'talk', parentId: 'theme' })] });
    expect(found(p, 'nested-outside-parent')[0]!.code).toBe('conflicts:rules.nested-outside-parent.parentUnscheduled');
  });
});

describe('unscheduled and missing theme', () => {
  it('notes each session still in the backlog', () => {
    const [c] = found(projectWith({ sessions: [session('a', null, '', 60, { title: 'Atelier 3' })] }), 'unscheduled');
    expect(c!.severity).toBe('info');
    expect(c!.en).toBe('“Atelier 3” is not on the programme yet. Drag it onto the grid.');
  });

  it('notes a thematic session or talk without a theme, not a transverse keynote or a talk of a themed session', () => {
    const p = projectWith({
      themes: [{ id: 'th', name: 'Apprentissage fédéré' }],
      sessions: [
        session('theme', 'r1', '10:00', 60, { kind: 'thematic-session', themeId: 'th' }),
        session('talk', 'r1', '10:00', 20, { kind: 'talk', parentId: 'theme' }),
        session('bare', 'r2', '10:00', 60, { kind: 'thematic-session' }),
        session('orphan', 'r2', '12:00', 20, { kind: 'talk' }),
        session('keynote', 'r2', '14:00', 45, { kind: 'keynote' }),
        session('sasn', 'r2', '15:00', 60, { kind: 'institutional' }),
        session('sasn-talk', 'r2', '15:00', 20, { kind: 'talk', parentId: 'sasn' }),
      ],
    });
    expect(found(p, 'missing-theme').map((c) => c.items[0]!.id).sort()).toEqual(['bare', 'orphan']);
  });
});

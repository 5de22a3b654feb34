import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openProjectText } from '../../../shared/model/document.ts';
import { MIGRATIONS, migrate } from '../../../shared/model/migrations/index.ts';
import { v0ToV1 } from '../../../shared/model/migrations/v0-to-v1.ts';
import { v1ToV2 } from '../../../shared/model/migrations/v1-to-v2.ts';
import { saysStepFree } from '../../../shared/model/step-free.ts';
import { CURRENT_VERSION } from '../../../shared/model/schema.ts';
import { V0_FIXTURE, V1_FIXTURE } from './fixtures.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('the migration chain', () => {
  it('has one step per version up to the current one', () => {
    expect(MIGRATIONS).toHaveLength(CURRENT_VERSION);
  });

  it('leaves a current document as it is', () => {
    const doc = { format: 'regie-project', version: CURRENT_VERSION, event: { name: 'X' } };
    expect(migrate(doc, CURRENT_VERSION)).toBe(doc);
  });
});

describe('format 0 → 1', () => {
  const v0 = deepFreeze({
    format: 'regie-project',
    version: 0,
    event: { name: 'Journées', timezone: 'Europe/Paris', days: ['2025-10-14', '2025-10-15'] },
    sessions: [
      { id: 's1', kind: 'talk', title: 'A', durationMinutes: 20, slot: { room: 'r1', date: '2025-10-14', time: '09:00' } },
      { id: 's2', kind: 'talk', title: 'B', durationMinutes: 20, slot: null },
      { id: 's3', kind: 'talk', title: 'C', durationMinutes: 20 },
    ],
    posterRoomId: 'hall',
    boards: [{ id: 'b1', number: 1, faces: [{ id: 'b1-a', side: 'A' }] }],
    posters: [{ id: 'p1', title: 'P', boardFaceId: 'b1-a' }],
  });

  it('renames the time zone and turns bare dates into days', () => {
    const v1 = v0ToV1(v0) as any;
    expect(v1.version).toBe(1);
    expect(v1.event).toEqual({
      name: 'Journées',
      timeZone: 'Europe/Paris',
      days: [
        { date: '2025-10-14', label: '' },
        { date: '2025-10-15', label: '' },
      ],
    });
  });

  it('turns { room, date, time } into { roomId, day, start } and keeps the backlog as it was', () => {
    const v1 = v0ToV1(v0) as any;
    expect(v1.sessions[0].slot).toEqual({ roomId: 'r1', day: '2025-10-14', start: '09:00' });
    expect(v1.sessions[1].slot).toBeNull();
    expect(v1.sessions[2]).not.toHaveProperty('slot');
  });

  it('gathers the top-level boards and posters into the poster hall', () => {
    const v1 = v0ToV1(v0) as any;
    expect(v1).not.toHaveProperty('boards');
    expect(v1).not.toHaveProperty('posters');
    expect(v1).not.toHaveProperty('posterRoomId');
    expect(v1.posterHall).toEqual({ roomId: 'hall', boards: v0.boards, posters: v0.posters });
  });

  it('gives an empty poster hall to a file that had no posters', () => {
    const v1 = v0ToV1({ format: 'regie-project', version: 0, event: { name: 'E', days: ['2025-01-01'] } }) as any;
    expect(v1.posterHall).toEqual({ roomId: null, boards: [], posters: [] });
  });

  it('passes malformed parts through untouched, for validation to report them', () => {
    const v1 = v0ToV1({ format: 'regie-project', version: 0, event: 'oops', sessions: [42, { id: 's', slot: 'x' }] }) as any;
    expect(v1.event).toBe('oops');
    expect(v1.sessions).toEqual([42, { id: 's', slot: 'x' }]);
  });
});

describe('the v0 fixture', () => {
  it('opens through the chain with every field where the current format puts it', async () => {
    const opened = openProjectText(await readFile(V0_FIXTURE, 'utf8'), 'project-v0.regie');
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const { project, repairs } = opened;
    expect(repairs).toEqual([]);
    expect(project.version).toBe(CURRENT_VERSION);
    expect(project.event.timeZone).toBe('Europe/Paris');
    expect(project.event.days.map((day) => day.date)).toEqual(['2025-10-14', '2025-10-15']);
    expect(project.sessions.find((s) => s.id === 's-opening')?.slot).toEqual({ roomId: 'r-amphi-a', day: '2025-10-14', start: '09:00' });
    expect(project.sessions.filter((s) => s.slot === null).map((s) => s.id)).toEqual(['s-keynote-1', 's-talk-1', 's-keynote-4']);
    expect(project.posterHall.roomId).toBe('r-hall');
    expect(project.posterHall.boards).toHaveLength(2);
    expect(project.posterHall.posters.map((p) => p.boardFaceId)).toEqual(['b-1-a', 'b-1-b', null]);
    expect(project.tours[0]?.groups[0]?.participantIds).toEqual(['a-1', 'a-2']);
  });
});

describe('format 1 → 2', () => {
  const v1 = deepFreeze({
    format: 'regie-project',
    version: 1,
    event: { name: 'E', days: [{ date: '2025-10-14' }], registrationOptions: [{ id: 'o-tour', kind: 'tour', sessionId: 's-tour' }] },
    sessions: [{ id: 's-tour', kind: 'social', title: 'Visite', durationMinutes: 105, slot: { roomId: 'r', day: '2025-10-14', start: '19:15' } }],
    participants: [
      { id: 'a', lastName: 'A', accessibility: 'Fauteuil roulant' },
      { id: 'b', lastName: 'B', accessibility: 'Allergie aux arachides' },
      { id: 'c', lastName: 'C' },
    ],
    tours: [{ id: 't', name: 'Visite', sessionId: 's-tour', guideIds: ['g1', 'g2'], groups: [{ id: 'g', name: 'G', guideId: 'g2', language: 'en', departure: '19:30', participantIds: ['a'] }] }],
  });

  it('reads the step-free need out of the free text, only where it clearly says so', () => {
    const v2 = v1ToV2(v1) as any;
    expect(v2.version).toBe(2);
    expect(v2.participants.map((p: any) => p.stepFree)).toEqual([true, false, false]);
    expect(['wheelchair', 'PMR', 'step-free access', 'Mobilité réduite', 'reduced mobility'].map(saysStepFree)).toEqual([true, true, true, true, true]);
    expect(['malvoyant', 'marche lentement', 'parking', 'pmrs'].map(saysStepFree)).toEqual([false, false, false, false]);
  });

  it('turns guide ids into guides with the languages of the groups they led, and takes the window from the session', () => {
    const tour = (v1ToV2(v1) as any).tours[0];
    expect(tour).not.toHaveProperty('guideIds');
    expect(tour.guides).toEqual([
      { personId: 'g1', languages: ['fr'], stepFree: false },
      { personId: 'g2', languages: ['en'], stepFree: false },
    ]);
    expect(tour.optionId).toBe('o-tour');
    expect(tour.earliestDeparture).toBe('19:30');
    expect(tour.latestReturn).toBe('21:00');
    expect(tour.groups[0]).toMatchObject({ pinned: false, pinnedParticipantIds: [] });
  });

  it('leaves a file without tours or participants as it was, but for the version', () => {
    expect(v1ToV2({ format: 'regie-project', version: 1, event: { name: 'E' } })).toEqual({ format: 'regie-project', version: 2, event: { name: 'E' } });
  });
});

describe('the v1 fixture', () => {
  it('opens with the step-free needs, the guides and the window where format 2 puts them', async () => {
    const opened = openProjectText(await readFile(V1_FIXTURE, 'utf8'), 'project-v1.regie');
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const { project, repairs } = opened;
    expect(repairs).toEqual([]);
    expect(project.participants.filter((p) => p.stepFree).map((p) => p.firstName)).toEqual(['Claire', 'Hugo', 'Sofia', 'Jean']);
    const tour = project.tours[0]!;
    expect(tour.guides.map((g) => [g.personId, g.languages])).toEqual([['p-guide-1', ['fr']], ['p-guide-2', ['en']]]);
    expect([tour.optionId, tour.earliestDeparture, tour.latestReturn]).toEqual(['visit', '19:30', '21:00']);
    expect(tour.groups.map((g) => g.participantIds)).toEqual([['a-1', 'a-2', 'a-4', 'a-5'], ['a-3']]);
  });
});

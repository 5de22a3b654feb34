/** Tour and poster rules: group size, a guide in two groups, posters and board faces, highlighted quota per theme. */
import { describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../../shared/model/schema.ts';
import { DAY, twoRoomEvent, sessionAt } from '../../fixtures/project.ts';
import { found } from './found.ts';

type GroupInput = NonNullable<ProjectInput['tours']>[number]['groups'];

const tourPlan = (groups: GroupInput) =>
  twoRoomEvent({
    people: [{ id: 'g1', firstName: 'Jeanne', lastName: 'Guide' }],
    sessions: [sessionAt('visit', 'r1', '19:00', 120, { kind: 'social' })],
    tours: [{ id: 't', name: 'Visite du Palais', sessionId: 'visit', groupSizeLimit: 2, tourMinutes: 45, groups }],
  });

describe('tours', () => {
  it('reports a group over the size limit, saying how many to move', () => {
    const p = tourPlan([{ id: 'a', name: 'Groupe 1', participantIds: ['x', 'y', 'z'] }, { id: 'b', name: 'Groupe 2', participantIds: ['u', 'v'] }]);
    const conflicts = found(p, 'tour-group-over-limit');
    expect(conflicts.map((c) => c.items)).toEqual([[{ kind: 'tour-group', id: 'a' }]]);
    expect(conflicts[0]!.en).toBe('Group “Groupe 1” of “Visite du Palais” has 3 people for at most 2. Move 1 person to another group.');
  });

  it('says a pinned group over the limit will not be fixed by a re-plan', () => {
    const p = tourPlan([{ id: 'a', name: 'Groupe 1', participantIds: ['x', 'y', 'z'], pinned: true }]);
    expect(found(p, 'tour-group-over-limit')[0]!.en).toBe('Pinned group “Groupe 1” of “Visite du Palais” has 3 people for at most 2, and a re-plan will not touch it: move 1 person, or unpin it and press “Re-plan”.');
  });

  it('says when both groups of an overlapping guide are pinned', () => {
    const p = tourPlan([
      { id: 'a', name: 'Groupe 1', guideId: 'g1', departure: '19:15', pinned: true },
      { id: 'b', name: 'Groupe 2', guideId: 'g1', departure: '19:45', pinned: true },
    ]);
    expect(found(p, 'guide-two-groups')[0]!.en).toBe('Jeanne Guide guides “Visite du Palais — Groupe 1” (leaves 19:15) and “Visite du Palais — Groupe 2” (leaves 19:45), which overlap, and both groups are pinned: unpin one and press “Re-plan”, or give it another guide.');
  });

  it('reports a guide leading two groups whose visits overlap, not staggered ones', () => {
    const p = tourPlan([
      { id: 'a', name: 'Groupe 1', guideId: 'g1', departure: '19:15' },
      { id: 'b', name: 'Groupe 2', guideId: 'g1', departure: '19:45' },
      { id: 'c', name: 'Groupe 3', guideId: 'g1', departure: '20:30' },
    ]);
    const conflicts = found(p, 'guide-two-groups');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.en).toBe('Jeanne Guide guides “Visite du Palais — Groupe 1” (leaves 19:15) and “Visite du Palais — Groupe 2” (leaves 19:45), which overlap. Give one group another guide or move its departure.');
  });
});

const board = (id: string, number: number, faces: string[]) => ({ id, number, faces: faces.map((f, i) => ({ id: f, side: i === 0 ? ('A' as const) : ('B' as const) })) });
const poster = (id: string, extra: object = {}) => ({ id, title: `Poster ${id}`, ...extra });

describe('posters', () => {
  it('reports more posters than board faces', () => {
    const p = twoRoomEvent({ posterHall: { boards: [board('b1', 1, ['f1', 'f2'])], posters: [poster('1'), poster('2'), poster('3')] } });
    expect(found(p, 'posters-exceed-faces')[0]!.en).toBe('3 posters for 2 board faces: 1 face short. Add boards to the hall plan.');
  });

  it('reports two posters on one face', () => {
    const p = twoRoomEvent({
      posterHall: { boards: [board('b1', 7, ['f1', 'f2'])], posters: [poster('1', { boardFaceId: 'f2' }), poster('2', { boardFaceId: 'f2' }), poster('3', { boardFaceId: 'f1' })] },
    });
    const [c, ...more] = found(p, 'face-double-assigned');
    expect(more).toEqual([]);
    expect(c!.items).toEqual([{ kind: 'board', id: 'b1' }, { kind: 'poster', id: '1' }, { kind: 'poster', id: '2' }]);
    expect(c!.en).toContain('Board 7, side B, carries 2 posters: “Poster 1”, “Poster 2”.');
    expect(c!.fr).toContain('porte 2 posters : « Poster 1 », « Poster 2 ».');
  });

  it('warns about a theme with fewer highlighted posters than the best-served theme', () => {
    const themes = [{ id: 'a', name: 'Données longitudinales' }, { id: 'b', name: 'Jumeaux numériques' }];
    const posters = [
      poster('1', { themeId: 'a', highlighted: true }),
      poster('2', { themeId: 'a', highlighted: true }),
      poster('3', { themeId: 'b', highlighted: true }),
      poster('4', { themeId: 'b' }),
    ];
    const [c, ...more] = found(twoRoomEvent({ themes, posterHall: { posters } }), 'highlighted-quota');
    expect(more).toEqual([]);
    expect(c!.severity).toBe('warning');
    expect(c!.en).toBe('Theme “Jumeaux numériques” has 1 highlighted poster while other themes have 2. Highlight 1 more to balance them.');
    const balanced = posters.map((x) => (x.id === '4' ? { ...x, highlighted: true } : x));
    expect(found(twoRoomEvent({ themes, posterHall: { posters: balanced } }), 'highlighted-quota')).toEqual([]);
  });
});

it('uses the event day of the tour session for guides across tours', () => {
  const p = twoRoomEvent({
    people: [{ id: 'g1', lastName: 'Guide' }],
    sessions: [sessionAt('v1', 'r1', '19:00', 120, { kind: 'social' }), sessionAt('v2', 'r2', '19:00', 120, { kind: 'social', day: '2025-10-15' })],
    tours: [
      { id: 't1', name: 'Visite 1', sessionId: 'v1', groups: [{ id: 'a', name: 'A', guideId: 'g1', departure: '19:00' }] },
      { id: 't2', name: 'Visite 2', sessionId: 'v2', groups: [{ id: 'b', name: 'B', guideId: 'g1', departure: '19:00' }] },
    ],
  });
  expect(found(p, 'guide-two-groups')).toEqual([]);
  expect(DAY).not.toBe('2025-10-15');
});

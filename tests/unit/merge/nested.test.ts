/** The merge inside nested collections: a tour's groups and guides, the poster hall, the settings, the event's days and options. */
import { produce, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { mergeProjects, resolveMerge } from '../../../shared/merge/index.ts';
import { projectSchema, type Project } from '../../../shared/model/schema.ts';
import { buildProject, DAY, DAY2 } from '../../fixtures/project.ts';

const base = buildProject({
  event: {
    name: 'Journées', days: [{ date: DAY, label: 'Mardi' }, { date: DAY2, label: 'Mercredi' }],
    registrationOptions: [{ id: 'tour', label: 'Visite', kind: 'tour' }],
  },
  venues: [{ id: 'v', name: 'Palais' }],
  rooms: [{ id: 'hall', venueId: 'v', name: 'Hall', capacity: 300 }],
  people: [{ id: 'g1', lastName: 'Guide' }, { id: 'g2', lastName: 'Autre guide' }],
  participants: ['a0', 'a1', 'a2', 'a3'].map((id) => ({ id, lastName: id, registrations: ['tour'] })),
  tours: [{
    id: 't', name: 'Visite du Palais', optionId: 'tour',
    guides: [{ personId: 'g1', languages: ['fr'] }],
    groups: [{ id: 'grp', name: 'Groupe 1', guideId: 'g1', participantIds: ['a0'] }],
  }],
  posterHall: {
    roomId: 'hall',
    walls: [{ x1: 0, y1: 0, x2: 10, y2: 0 }],
    boards: [{ id: 'b1', number: 1, x: 2, y: 2, faces: [{ id: 'b1A', side: 'A' }, { id: 'b1B', side: 'B' }] }],
    posters: [{ id: 'po', title: 'Jumeaux', boardFaceId: 'b1A' }],
  },
  settings: { rules: { 'room-double-booked': { enabled: true, severity: null } }, acknowledgements: [{ key: 'k1', note: '' }] },
});
const edit = (recipe: (d: Draft<Project>) => void) => produce(base, recipe);
const merge = (mine: Project, theirs: Project) => mergeProjects({ base, mine, theirs });

describe('nested collections', () => {
  it('merges a tour group: both sides add members, they rename it, I add a language to its guide', () => {
    const mine = edit((d) => { d.tours[0]!.groups[0]!.participantIds.push('a1'); d.tours[0]!.guides[0]!.languages.push('en'); });
    const theirs = edit((d) => { d.tours[0]!.groups[0]!.participantIds.push('a2'); d.tours[0]!.groups[0]!.name = 'Groupe bleu'; });
    const { merged, conflicts } = merge(mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.tours[0]!.groups[0]).toMatchObject({ name: 'Groupe bleu', participantIds: ['a0', 'a1', 'a2'] });
    expect(merged.tours[0]!.guides).toEqual([{ personId: 'g1', languages: ['fr', 'en'], stepFree: false }]);
  });

  it('adds a guide they added, by person, next to mine', () => {
    const theirs = edit((d) => { d.tours[0]!.guides.push({ personId: 'g2', languages: ['en'], stepFree: true }); });
    expect(merge(base, theirs).merged.tours[0]!.guides.map((g) => g.personId)).toEqual(['g1', 'g2']);
  });

  it('merges the poster hall: their moved board, my renamed poster, both walls they and I drew', () => {
    const mine = edit((d) => { d.posterHall.posters[0]!.title = 'Jumeaux numériques'; d.posterHall.walls.push({ x1: 0, y1: 5, x2: 4, y2: 5 }); });
    const theirs = edit((d) => { d.posterHall.boards[0]!.x = 6; d.posterHall.walls.push({ x1: 9, y1: 0, x2: 9, y2: 9 }); });
    const { merged, conflicts, fromTheirs } = merge(mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.posterHall.boards[0]!.x).toBe(6);
    expect(merged.posterHall.posters[0]!.title).toBe('Jumeaux numériques');
    expect(merged.posterHall.walls).toHaveLength(3);
    expect(fromTheirs.map((c) => [c.id, c.path.join('/')])).toEqual([['', 'posterHall/walls'], ['b1', 'posterHall/boards/b1/x']]);
  });

  it('makes their poster hung on a face of a board I removed a choice', () => {
    const mine = edit((d) => { d.posterHall.boards = []; d.posterHall.posters[0]!.boardFaceId = null; });
    const theirs = edit((d) => { d.posterHall.posters[0]!.boardFaceId = 'b1B'; });
    const input = { base, mine, theirs };
    const result = mergeProjects(input);
    expect(result.conflicts.map((c) => c.path.join('/'))).toEqual(['posterHall/boards/b1', 'posterHall/posters/po/boardFaceId']);
    expect(result.merged.posterHall.posters[0]!.boardFaceId).toBeNull();
    const theirsEverywhere = resolveMerge(input, result, Object.fromEntries(result.conflicts.map((c) => [c.key, 'theirs' as const])));
    expect(theirsEverywhere.posterHall.posters[0]!.boardFaceId).toBe('b1B');
    expect(theirsEverywhere.posterHall.boards.map((b) => b.id)).toEqual(['b1']);
  });

  it('merges the settings rule by rule and accepted warnings by key', () => {
    const mine = edit((d) => { d.settings.rules['room-double-booked']!.enabled = false; d.settings.acknowledgements.push({ key: 'k2', note: 'vu' }); });
    const theirs = edit((d) => { d.settings.rules['room-too-small'] = { enabled: true, severity: 'info' }; d.settings.acknowledgements[0]!.note = 'accepté'; });
    const { merged, conflicts } = merge(mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.settings.rules).toEqual({ 'room-double-booked': { enabled: false, severity: null }, 'room-too-small': { enabled: true, severity: 'info' } });
    expect(merged.settings.acknowledgements).toEqual([{ key: 'k1', note: 'accepté' }, { key: 'k2', note: 'vu' }]);
  });

  it('merges the event: days by date, registration options by id', () => {
    const mine = edit((d) => { d.event.days[1]!.label = 'Mercredi 15'; });
    const theirs = edit((d) => { d.event.registrationOptions[0]!.label = 'Visite guidée'; d.event.days.push({ date: '2025-10-16', label: 'Jeudi' }); });
    const { merged, conflicts } = merge(mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.event.days.map((d) => d.label)).toEqual(['Mardi', 'Mercredi 15', 'Jeudi']);
    expect(merged.event.registrationOptions[0]!.label).toBe('Visite guidée');
  });

  it('never leaves the event without a day: each side deleting the other day is a choice', () => {
    const input = { base, mine: edit((d) => { d.event.days.shift(); }), theirs: edit((d) => { d.event.days.pop(); }) };
    const result = mergeProjects(input);
    expect(result.conflicts.map((c) => c.path.join('/'))).toEqual([`event/days/${DAY2}`, `event/days/${DAY}`]);
    expect(result.merged.event.days.map((d) => d.date)).toEqual([DAY2]);
    const [theirDeletion, myDeletion] = result.conflicts.map((c) => c.key) as [string, string];
    expect(resolveMerge(input, result, { [theirDeletion]: 'theirs', [myDeletion]: 'theirs' }).event.days.map((d) => d.date)).toEqual([DAY]);
    const bothDeleted = resolveMerge(input, result, { [theirDeletion]: 'theirs' });
    expect(projectSchema.safeParse(bothDeleted).success).toBe(true);
    expect(bothDeleted.event.days.map((d) => d.date)).toEqual([DAY2]);
  });

  it('never leaves a board without a face: each side removing the other face is a choice', () => {
    const noPosters = edit((d) => { d.posterHall.posters = []; });
    const keepFace = (side: 'A' | 'B') => produce(noPosters, (d) => { d.posterHall.boards[0]!.faces = d.posterHall.boards[0]!.faces.filter((f) => f.side === side); });
    const input = { base: noPosters, mine: keepFace('A'), theirs: keepFace('B') };
    const result = mergeProjects(input);
    expect(result.conflicts.map((c) => c.path.at(-1))).toEqual(['b1A', 'b1B']);
    expect(result.merged.posterHall.boards[0]!.faces.map((f) => f.id)).toEqual(['b1A']);
    const bothRemoved = resolveMerge(input, result, { [result.conflicts[0]!.key]: 'theirs' });
    expect(projectSchema.safeParse(bothRemoved).success).toBe(true);
    expect(bothRemoved.posterHall.boards[0]!.faces.map((f) => f.id)).toEqual(['b1A']);
  });
});

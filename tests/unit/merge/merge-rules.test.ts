/** The merge's rules, one by one, on the timetable's test event: what is taken, what is a choice. */
import { produce, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { mergeProjects, resolveMerge } from '../../../shared/merge/index.ts';
import { projectSchema, type Project } from '../../../shared/model/schema.ts';
import { checkStructure } from '../../../shared/model/structure.ts';
import { sessionOf, twoVenueEvent } from '../../fixtures/project.ts';

const base = twoVenueEvent();
const edit = (recipe: (draft: Draft<Project>) => void): Project => produce(base, recipe);
const merge = (mine: Project, theirs: Project, from: Project | null = base) => mergeProjects({ base: from, mine, theirs });

/** The merged plan is a valid project file. */
function expectValid(project: Project): void {
  expect(projectSchema.safeParse(project).success).toBe(true);
  expect(checkStructure(project).refusals).toEqual([]);
}

describe('changes on one side only', () => {
  it('takes their moved session and keeps my renamed room, with nothing to choose', () => {
    const mine = edit((d) => { d.rooms[0]!.name = 'Grand amphi'; });
    const theirs = edit((d) => { sessionOf(d as Project, 'guix').slot = { roomId: 'amphi-a', day: '2025-10-15', start: '09:00' }; });
    const result = merge(mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged.rooms[0]!.name).toBe('Grand amphi');
    expect(sessionOf(result.merged, 'guix').slot).toEqual({ roomId: 'amphi-a', day: '2025-10-15', start: '09:00' });
    expect(result.fromTheirs).toEqual([{
      area: 'sessions', kind: 'changed', id: 'guix', path: ['sessions', 'guix', 'slot'],
      before: { roomId: 'salle-1', day: '2025-10-14', start: '14:00' }, after: { roomId: 'amphi-a', day: '2025-10-15', start: '09:00' },
    }]);
    expect(result.taken.sessions).toBe(1);
    expect(result.twoWay).toBe(false);
    expectValid(result.merged);
  });

  it('takes their added and deleted records, appending additions after mine', () => {
    const mine = edit((d) => { d.themes.push({ id: 'mine-theme', name: 'Mine', color: '#000000', assumed: [] }); });
    const theirs = edit((d) => {
      d.themes.push({ id: 'their-theme', name: 'Theirs', color: '#ffffff', assumed: [] });
      d.sessions = d.sessions.filter((s) => s.id !== 'cocktail');
    });
    const result = merge(mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged.themes.map((t) => t.id)).toEqual(['longi', 'fed', 'mine-theme', 'their-theme']);
    expect(result.merged.sessions.some((s) => s.id === 'cocktail')).toBe(false);
    expect(result.fromTheirs.map((c) => [c.kind, c.path.join('/')])).toEqual([['added', 'themes/their-theme'], ['removed', 'sessions/cocktail']]);
    expect(result.taken).toMatchObject({ themes: 1, sessions: 1, rooms: 0 });
  });

  it('merges two fields of one record edited on each side without a conflict', () => {
    const mine = edit((d) => { d.rooms[1]!.capacity = 60; });
    const theirs = edit((d) => { d.rooms[1]!.layout = 'cabaret'; });
    const room = merge(mine, theirs).merged.rooms[1]!;
    expect([room.capacity, room.layout]).toEqual([60, 'cabaret']);
  });

  it('takes the same change made on both sides once', () => {
    const both = (d: Draft<Project>) => { sessionOf(d as Project, 'fed-ws').slot = { roomId: 'salle-1', day: '2025-10-15', start: '09:00' }; };
    const result = merge(edit(both), edit(both));
    expect(result.conflicts).toEqual([]);
    expect(result.fromTheirs).toEqual([]);
    expect(sessionOf(result.merged, 'fed-ws').slot?.start).toBe('09:00');
  });
});

describe('conflicts', () => {
  it('makes different changes of one field a choice, mine until chosen otherwise', () => {
    const input = {
      base,
      mine: edit((d) => { sessionOf(d as Project, 'guix').title = 'Guix (mine)'; }),
      theirs: edit((d) => { sessionOf(d as Project, 'guix').title = 'Guix (theirs)'; }),
    };
    const result = mergeProjects(input);
    expect(result.conflicts).toEqual([{
      key: JSON.stringify(['sessions', 'guix', 'title']), area: 'sessions', id: 'guix', path: ['sessions', 'guix', 'title'],
      kind: 'both-changed', mine: 'Guix (mine)', theirs: 'Guix (theirs)', base: 'Empaqueter avec Guix',
    }]);
    expect(sessionOf(result.merged, 'guix').title).toBe('Guix (mine)');
    const chosen = resolveMerge(input, result, { [result.conflicts[0]!.key]: 'theirs' });
    expect(sessionOf(chosen, 'guix').title).toBe('Guix (theirs)');
    expect(sessionOf(resolveMerge(input, result, {}), 'guix').title).toBe('Guix (mine)');
  });

  it('makes an edit on one side of what the other deleted a choice, both ways', () => {
    const editedByMe = edit((d) => { d.people[0]!.affiliation = 'Inserm'; });
    const deletedByThem = edit((d) => { d.people = d.people.filter((p) => p.id !== 'tanter'); d.sessions[1]!.people = []; });
    const one = merge(editedByMe, deletedByThem);
    expect(one.conflicts.map((c) => [c.kind, c.path.join('/'), c.theirs])).toEqual([['edited-deleted', 'people/tanter', undefined]]);
    expect(one.merged.people.map((p) => p.id)).toEqual(['tanter', 'maumet']);
    const other = merge(deletedByThem, editedByMe);
    expect(other.conflicts.map((c) => [c.kind, c.path.join('/'), c.mine])).toEqual([['edited-deleted', 'people/tanter', undefined]]);
    expect(other.merged.people.map((p) => p.id)).toEqual(['maumet']);
  });

  it('makes a record both sides added with one id a choice per differing field', () => {
    const add = (name: string) => edit((d) => { d.themes.push({ id: 'new', name, color: '#123456', assumed: [] }); });
    const result = merge(add('Ours'), add('Leurs'));
    expect(result.conflicts.map((c) => [c.kind, c.path.join('/'), c.mine, c.theirs])).toEqual([['both-added', 'themes/new/name', 'Ours', 'Leurs']]);
  });
});

describe('lists without ids', () => {
  it('merges registrations, equipment and members as sets: both sides additions and removals are kept', () => {
    const mine = edit((d) => { d.rooms[0]!.equipment = ['projector', 'microphones']; d.sessions[4]!.audience = ['annual-days', 'press']; });
    const theirs = edit((d) => { d.rooms[0]!.equipment = ['wifi']; d.sessions[4]!.audience = []; });
    const result = merge(mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged.rooms[0]!.equipment).toEqual(['projector', 'microphones', 'wifi']);
    expect(result.merged.sessions[4]!.audience).toEqual(['press']);
  });

  it('keeps an ordered list (a poster presenters) whole: changed on both sides, it is a choice', () => {
    const hall = (presenters: string[]) => edit((d) => {
      d.posterHall.posters = [{ id: 'po', title: 'Poster', presenters, project: '', themeId: null, highlighted: false, size: 'A0-portrait', needs: [], boardFaceId: null, pinned: false, assumed: [] }];
    });
    const start = hall(['tanter', 'maumet']);
    const result = mergeProjects({ base: start, mine: hall(['maumet', 'tanter']), theirs: hall(['tanter']) });
    expect(result.conflicts.map((c) => c.path.join('/'))).toEqual(['posterHall/posters/po/presenters']);
  });
});

describe('references', () => {
  it('makes their deletion of a room my moved session uses a choice, not a broken file', () => {
    const mine = edit((d) => { sessionOf(d as Project, 'fed-ws').slot = { roomId: 'grand-hall', day: '2025-10-14', start: '14:00' }; });
    const theirs = edit((d) => {
      d.rooms = d.rooms.filter((r) => r.id !== 'grand-hall');
      sessionOf(d as Project, 'cocktail').slot = null;
    });
    const input = { base, mine, theirs };
    const result = mergeProjects(input);
    expect(result.conflicts.map((c) => [c.kind, c.path.join('/')])).toEqual([['edited-deleted', 'rooms/grand-hall'], ['edited-deleted', 'sessions/fed-ws/slot']]);
    expect(result.merged.rooms.map((r) => r.id)).toContain('grand-hall');
    expect(sessionOf(result.merged, 'fed-ws').slot?.roomId).toBe('grand-hall');
    expectValid(result.merged);
    const roomGone = resolveMerge(input, result, { [result.conflicts[0]!.key]: 'theirs' });
    expect(roomGone.rooms.map((r) => r.id)).not.toContain('grand-hall');
    expect(sessionOf(roomGone, 'fed-ws').slot).toBeNull();
    expect(sessionOf(roomGone, 'cocktail').slot).toBeNull();
    expectValid(roomGone);
  });

  it('makes their use of a person I deleted a choice', () => {
    const mine = edit((d) => { d.people = d.people.filter((p) => p.id !== 'maumet'); sessionOf(d as Project, 'open-science').people = []; });
    const theirs = edit((d) => { sessionOf(d as Project, 'guix').people = [{ personId: 'maumet', role: 'chair' }]; });
    const input = { base, mine, theirs };
    const result = mergeProjects(input);
    expect(result.conflicts.map((c) => [c.kind, c.path.join('/')])).toEqual([['edited-deleted', 'people/maumet'], ['edited-deleted', 'sessions/guix/people']]);
    expect(sessionOf(result.merged, 'guix').people).toEqual([]);
    expect(result.merged.people.map((p) => p.id)).toEqual(['tanter']);
    const onlyTheUse = resolveMerge(input, result, { [result.conflicts[1]!.key]: 'theirs' });
    expect(sessionOf(onlyTheUse, 'guix').people).toEqual([]);
    const both = resolveMerge(input, result, Object.fromEntries(result.conflicts.map((c) => [c.key, 'theirs' as const])));
    expect(sessionOf(both, 'guix').people).toEqual([{ personId: 'maumet', role: 'chair' }]);
    expect(both.people.map((p) => p.id)).toEqual(['tanter', 'maumet']);
  });
});

describe('without a common revision', () => {
  it('makes every difference a choice', () => {
    const mine = edit((d) => { d.rooms[0]!.capacity = 300; });
    const theirs = edit((d) => { d.themes.push({ id: 'x', name: 'X', color: '#000000', assumed: [] }); });
    const result = merge(mine, theirs, null);
    expect(result.twoWay).toBe(true);
    expect(result.conflicts.map((c) => [c.kind, c.path.join('/')])).toEqual([['both-changed', 'rooms/amphi-a/capacity'], ['edited-deleted', 'themes/x']]);
    expect(result.taken.rooms + result.taken.themes).toBe(0);
    expect(result.merged).toEqual(mine);
  });
});

describe('the project history', () => {
  it('keeps mine, never merged or reported', () => {
    const withHistory = (p: Project, revision: string): Project => ({ ...p, history: { projectId: 'p', revision, ancestors: [] } });
    const result = merge(withHistory(base, 'a'), withHistory(base, 'b'));
    expect(result.fromTheirs).toEqual([]);
    expect(result.merged.history.revision).toBe('a');
  });
});

/** Poster hall edits: placing with a swap, pins, applying an assignment, boards, and one undo step each. */
import { describe, expect, it } from 'vitest';
import { applyEdit, EditRejected, type Edit } from '../../../shared/edits/index.ts';
import { emptyHistory, perform, undo } from '../../../shared/edits/history.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { restoreProject } from '../../../shared/model/restore.ts';
import { hall, poster, row } from './halls.ts';

const faceOf = (project: Project, id: string) => project.posterHall.posters.find((p) => p.id === id)!.boardFaceId;
const rejection = (project: Project, edit: Edit): EditRejected => {
  try {
    applyEdit(project, edit);
  } catch (error) {
    if (error instanceof EditRejected) return error;
    throw error;
  }
  throw new Error('the edit was accepted');
};

const start = () => hall(row(2), [poster('a', 'red', { boardFaceId: 'b1-A' }), poster('b', 'blue', { boardFaceId: 'b2-B' }), poster('c', 'red')]);

describe('placing posters', () => {
  it('swaps two posters when one is dropped on the other’s face, in one undo step', () => {
    const project = start();
    const done = perform(project, emptyHistory(), [{ type: 'posters/place', payload: { posterId: 'a', faceId: 'b2-B' } }], 'posters:view.edit.place');
    expect(faceOf(done.project, 'a')).toBe('b2-B');
    expect(faceOf(done.project, 'b')).toBe('b1-A');
    expect(done.history.past).toHaveLength(1);
    const undone = undo(done.project, done.history);
    expect(faceOf(undone.project, 'a')).toBe('b1-A');
    expect(faceOf(undone.project, 'b')).toBe('b2-B');
  });

  it('sends the other poster to the list when a poster from the list takes its face', () => {
    const next = applyEdit(start(), { type: 'posters/place', payload: { posterId: 'c', faceId: 'b1-A' } });
    expect(faceOf(next, 'c')).toBe('b1-A');
    expect(faceOf(next, 'a')).toBeNull();
  });

  it('refuses to push away a pinned poster, saying which face and what to do', () => {
    const pinned = applyEdit(start(), { type: 'posters/pin', payload: { posterId: 'b', pinned: true } });
    const error = rejection(pinned, { type: 'posters/place', payload: { posterId: 'a', faceId: 'b2-B' } });
    expect(error.code).toBe('posters:rejected.facePinned');
    expect(error.params).toEqual({ face: '2B', title: 'Poster b' });
  });

  it('refuses to pin a poster without a face', () => {
    expect(rejection(start(), { type: 'posters/pin', payload: { posterId: 'c', pinned: true } }).code).toBe('posters:rejected.pinWithoutFace');
  });

  it('unpins a poster taken back to the list', () => {
    const pinned = applyEdit(start(), { type: 'posters/pin', payload: { posterId: 'a', pinned: true } });
    const back = applyEdit(pinned, { type: 'posters/place', payload: { posterId: 'a', faceId: null } });
    expect(back.posterHall.posters.find((p) => p.id === 'a')).toMatchObject({ boardFaceId: null, pinned: false });
  });

  it('applies an assignment without moving pinned posters, and renumbers the boards', () => {
    const pinned = applyEdit(start(), { type: 'posters/pin', payload: { posterId: 'b', pinned: true } });
    const next = applyEdit(pinned, {
      type: 'posters/applyAssignment',
      payload: { placements: [{ posterId: 'a', faceId: 'b1-B' }, { posterId: 'b', faceId: 'b1-A' }, { posterId: 'c', faceId: 'b1-A' }], boardNumbers: [{ boardId: 'b1', number: 2 }, { boardId: 'b2', number: 1 }] },
    });
    expect([faceOf(next, 'a'), faceOf(next, 'b'), faceOf(next, 'c')]).toEqual(['b1-B', 'b2-B', 'b1-A']);
    expect(next.posterHall.boards.map((b) => b.number)).toEqual([2, 1]);
  });
});

describe('boards', () => {
  it('a generated layout replaces the boards and sends every poster back to the list', () => {
    const next = applyEdit(start(), { type: 'posters/replaceBoards', payload: { boards: row(3).map((b) => ({ ...b, id: `n${b.number}`, faces: [{ id: `n${b.number}-A`, side: 'A' as const }] })) } });
    expect(next.posterHall.boards.map((b) => b.id)).toEqual(['n1', 'n2', 'n3']);
    expect(next.posterHall.posters.every((p) => p.boardFaceId === null && !p.pinned)).toBe(true);
  });

  it('removing a board sends its posters back to the list', () => {
    const next = applyEdit(start(), { type: 'posters/removeBoard', payload: { boardId: 'b2' } });
    expect(faceOf(next, 'b')).toBeNull();
    expect(faceOf(next, 'a')).toBe('b1-A');
  });

  it('moves and turns a board, and refuses a position outside the hall', () => {
    const moved = applyEdit(start(), { type: 'posters/updateBoard', payload: { boardId: 'b1', changes: { x: 10.5, y: 4, rotation: 90 } } });
    expect(moved.posterHall.boards[0]).toMatchObject({ x: 10.5, y: 4, rotation: 90 });
    const error = rejection(start(), { type: 'posters/updateBoard', payload: { boardId: 'b1', changes: { x: 99 } } });
    expect(error.code).toBe('posters:rejected.outsideHall');
    expect(error.params).toEqual({ number: 1, width: 40, depth: 10 });
  });
});

describe('posters', () => {
  it('creates a poster presented by people of the project, and refuses an unknown presenter', () => {
    const next = applyEdit(start(), { type: 'posters/createPoster', payload: { poster: { id: 'd', title: 'Nouveau', presenters: ['ada'], themeId: 'red', needs: ['table'] } } });
    expect(next.posterHall.posters.at(-1)).toMatchObject({ id: 'd', presenters: ['ada'], needs: ['table'], boardFaceId: null });
    const error = rejection(start(), { type: 'posters/createPoster', payload: { poster: { id: 'e', title: 'X', presenters: ['nobody'] } } });
    expect(error.code).toBe('posters:rejected.unknownPresenter');
  });
});

describe('opening a file', () => {
  it('unpins a pinned poster whose face does not exist, as it goes back to the list', () => {
    const broken = hall(row(1), [poster('a', 'red', { boardFaceId: 'gone-A', pinned: true }), poster('b', 'red', { boardFaceId: 'b1-A', pinned: true })]);
    const { project, repairs } = restoreProject(broken);
    expect(project.posterHall.posters.map((p) => [p.boardFaceId, p.pinned])).toEqual([[null, false], ['b1-A', true]]);
    expect(repairs.map((r) => r.path)).toEqual(['posterHall.posters[0].boardFaceId']);
  });
});

describe('the hall', () => {
  it('changes its size, and refuses a size of zero or below, saying what to give', () => {
    const bigger = applyEdit(start(), { type: 'posters/updateHall', payload: { changes: { width: 50, depth: 12 } } });
    expect([bigger.posterHall.width, bigger.posterHall.depth]).toEqual([50, 12]);
    const error = rejection(start(), { type: 'posters/updateHall', payload: { changes: { width: 0 } } });
    expect(error.code).toBe('posters:rejected.hallSize');
  });
});

describe('a board’s faces', () => {
  it('a board made single-sided sends the poster of its face B back to the list; made double-sided again, it has a free face B', () => {
    const single = applyEdit(start(), { type: 'posters/setBoardSides', payload: { boardId: 'b2', sides: 1 } });
    expect(single.posterHall.boards[1]!.faces.map((f) => f.id)).toEqual(['b2-A']);
    expect(faceOf(single, 'b')).toBeNull();
    const double = applyEdit(single, { type: 'posters/setBoardSides', payload: { boardId: 'b2', sides: 2 } });
    expect(double.posterHall.boards[1]!.faces).toEqual([{ id: 'b2-A', side: 'A' }, { id: 'b2-B', side: 'B' }]);
  });
});

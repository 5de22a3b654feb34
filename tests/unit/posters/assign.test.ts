/** Automatic assignment on small halls: themes in one stretch, highlighted on prime boards, presenters side by side, walking numbers, pins, a hall too small. */
import { describe, expect, it } from 'vitest';
import { sampleProject } from '../../../shared/sample/index.ts';
import { assignPosters, type AssignmentResult } from '../../../shared/posters/assign.ts';
import { walkingFaces, walkingOrder } from '../../../shared/posters/walk.ts';
import { hallQuality } from '../../../shared/posters/quality.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { hall, poster, row } from './halls.ts';

/** The themes met along the walk, one letter per occupied face. */
function themeWalk(project: Project, result: AssignmentResult): string {
  const theme = new Map(project.posterHall.posters.map((p) => [p.id, p.themeId ?? '-']));
  return result.placements.map((p) => theme.get(p.posterId)![0]).join('');
}

/** True when each theme's posters form one run along the walk. */
function contiguous(walk: string): boolean {
  const runs = walk.replace(/(.)\1*/g, '$1');
  return new Set(runs).size === runs.length;
}

describe('automatic assignment', () => {
  it('on the sample: 35 posters on distinct faces, each theme one stretch, the 12 highlighted on prime boards, numbers in walking order', () => {
    const sample = sampleProject();
    const result = assignPosters(sample.posterHall, sample.themes);
    expect(result.placements).toHaveLength(35);
    expect(new Set(result.placements.map((p) => p.faceId)).size).toBe(35);
    const themeOf = new Map(sample.posterHall.posters.map((p) => [p.id, p.themeId!]));
    const walk = result.placements.map((p) => themeOf.get(p.posterId)).join(' ');
    const runs = walk.split(' ').filter((theme, i, all) => i === 0 || all[i - 1] !== theme);
    expect(runs).toHaveLength(4);
    const prime = new Set(sample.posterHall.boards.filter((b) => b.prime).flatMap((b) => b.faces.map((f) => f.id)));
    const highlighted = sample.posterHall.posters.filter((p) => p.highlighted).map((p) => p.id);
    expect(highlighted).toHaveLength(12);
    expect(result.placements.filter((p) => highlighted.includes(p.posterId)).every((p) => prime.has(p.faceId))).toBe(true);
    const numbers = result.placements.map((p) => p.boardNumber);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(result.quality).toMatchObject({ themeChanges: 3, themesSplit: 0, highlightedOffPrime: 0, unassigned: 0, missingFaces: 0, penalty: 0 });
  });

  it('gives each theme one stretch of neighbouring faces, whatever order the posters come in', () => {
    const posters = ['r1', 'b1', 'g1', 'r2', 'b2', 'g2', 'r3', 'b3'].map((id) => poster(id, { r: 'red', b: 'blue', g: 'green' }[id[0]!]!));
    const project = hall(row(5), posters);
    const result = assignPosters(project.posterHall, project.themes);
    expect(themeWalk(project, result)).toBe('rrrbbbgg');
    expect(result.quality.themeChanges).toBe(2);
  });

  it('puts highlighted posters on prime boards, choosing where each theme starts so that every theme reaches one', () => {
    // Prime boards 1 and 4: red's highlighted poster on board 1, blue's on board 4.
    const posters = [poster('r1', 'red'), poster('r2', 'red', { highlighted: true }), poster('b1', 'blue'), poster('b2', 'blue', { highlighted: true })];
    const project = hall(row(4, [1, 4]), posters);
    const result = assignPosters(project.posterHall, project.themes);
    const board = (id: string) => result.placements.find((p) => p.posterId === id)!.boardNumber;
    expect(board('r2')).toBe(1);
    expect(board('b2')).toBe(4);
    expect(contiguous(themeWalk(project, result))).toBe(true);
    expect(result.quality.highlightedOffPrime).toBe(0);
  });

  it('hangs posters of one presenter side by side within their theme, and counts a presenter split when they are not', () => {
    const posters = [
      poster('1', 'red', { presenters: ['ada'] }), poster('2', 'red', { presenters: ['alan'] }),
      poster('3', 'red', { presenters: ['grace'] }), poster('4', 'red', { presenters: ['ada'] }),
    ];
    const project = hall(row(2), posters);
    const result = assignPosters(project.posterHall, project.themes);
    const order = result.placements.map((p) => p.posterId);
    expect(Math.abs(order.indexOf('1') - order.indexOf('4'))).toBe(1);
    expect(result.quality.presentersSplit).toBe(0);
    const apart = hall(row(2), posters.map((p, i) => ({ ...p, boardFaceId: ['b1-A', 'b1-B', 'b2-A', 'b2-B'][i]! })));
    const faces = walkingFaces(apart.posterHall);
    const posterOf = new Map(apart.posterHall.posters.map((p) => [p.boardFaceId!, p]));
    expect(hallQuality(faces, posterOf, apart.posterHall).presentersSplit).toBe(1);
  });

  it('numbers the boards in walking order: a snake along the rows from the entrance', () => {
    // Two rows entered from the left: the second row is walked back from its right end.
    const boards = [...row(3, [], 2), ...row(3, [], 6).map((b, i) => ({ ...b, id: `c${i + 1}`, number: 10 + i, faces: b.faces!.map((f) => ({ ...f, id: `c${i + 1}-${f.side}` })) }))];
    const project = hall(boards, [poster('1', 'red')]);
    expect(walkingOrder(project.posterHall).map((b) => b.id)).toEqual(['b1', 'b2', 'b3', 'c3', 'c2', 'c1']);
    const result = assignPosters(project.posterHall, project.themes);
    expect(result.boardNumbers).toEqual(['b1', 'b2', 'b3', 'c3', 'c2', 'c1'].map((boardId, i) => ({ boardId, number: i + 1 })));
  });

  it('leaves pinned posters where they are and fills around them', () => {
    const posters = [poster('r1', 'red', { boardFaceId: 'b3-B', pinned: true }), poster('r2', 'red'), poster('b1', 'blue', { boardFaceId: 'b1-A' })];
    const project = hall(row(3), posters);
    const result = assignPosters(project.posterHall, project.themes);
    expect(result.placements.find((p) => p.posterId === 'r1')!.faceId).toBe('b3-B');
    expect(new Set(result.placements.map((p) => p.faceId)).size).toBe(3);
  });

  it('says how many faces a hall too small lacks, and leaves the extra posters without a face', () => {
    const posters = ['1', '2', '3', '4', '5'].map((id) => poster(id, 'red'));
    const project = hall(row(2), posters);
    const result = assignPosters(project.posterHall, project.themes);
    expect(result.placements).toHaveLength(4);
    expect(result.unassigned).toHaveLength(1);
    expect(result.quality.missingFaces).toBe(1);
  });

  it('puts a poster that needs power on a board that has it', () => {
    const boards = row(3).map((b) => (b.id === 'b3' ? { ...b, offers: ['power' as const] } : b));
    const posters = [poster('1', 'red'), poster('2', 'red', { needs: ['power'] }), poster('3', 'red')];
    const project = hall(boards, posters);
    const result = assignPosters(project.posterHall, project.themes);
    expect(result.placements.find((p) => p.posterId === '2')!.faceId).toMatch(/^b3-/);
    expect(result.quality.needsUnmet).toBe(0);
  });

  it('gives the same answer every time', () => {
    const sample = sampleProject();
    expect(assignPosters(sample.posterHall, sample.themes)).toEqual(assignPosters(sample.posterHall, sample.themes));
  });
});

/** The layout generator: rows along aisles, boards along the walls, a mix; inside the hall, numbered in walking order. */
import { describe, expect, it } from 'vitest';
import { generateLayout, type LayoutKind } from '../../../shared/posters/layout.ts';
import { walkingOrder } from '../../../shared/posters/walk.ts';

const request = (kind: LayoutKind, faces: number) => ({
  kind, width: 20, depth: 14, faces, primeFaces: 4, primeGroups: 2, gridStep: 0.5, entrances: [{ x: 0, y: 2, width: 2, label: '' }],
});
const facesOf = (boards: readonly { faces: readonly unknown[] }[]) => boards.reduce((n, b) => n + b.faces.length, 0);

describe('layout generator', () => {
  it('rows: double-sided boards, just enough for the faces needed, inside the hall and snapped to the grid', () => {
    const { boards, missingFaces } = generateLayout(request('rows', 30));
    expect(facesOf(boards)).toBe(30);
    expect(missingFaces).toBe(0);
    expect(boards.every((b) => b.faces.length === 2 && b.x > 0 && b.x < 20 && b.y > 0 && b.y < 14)).toBe(true);
    expect(boards.every((b) => b.x % 0.5 === 0 && b.y % 0.5 === 0)).toBe(true);
  });

  it('walls: single-sided boards facing into the hall, the door kept free', () => {
    const { boards } = generateLayout(request('walls', 20));
    expect(boards.every((b) => b.faces.length === 1)).toBe(true);
    expect(boards.every((b) => Math.hypot(b.x - 0, b.y - 2) > 1.5)).toBe(true);
    const top = boards.filter((b) => b.y < 1);
    expect(top.length).toBeGreaterThan(0);
    expect(top.every((b) => b.rotation === 180)).toBe(true);
  });

  it('walls: walked as a round along the walls from the door, never zigzagging across the hall', () => {
    const { boards } = generateLayout(request('walls', 500));
    const steps = boards.slice(1).map((b, i) => Math.hypot(b.x - boards[i]!.x, b.y - boards[i]!.y));
    expect(Math.max(...steps)).toBeLessThan(4);
  });

  it('mix: walls and rows together', () => {
    const { boards } = generateLayout(request('mix', 200));
    expect(new Set(boards.map((b) => b.faces.length))).toEqual(new Set([1, 2]));
  });

  it('numbers the boards in walking order and marks prime faces in one place per theme', () => {
    const { boards } = generateLayout(request('rows', 40));
    expect(walkingOrder({ boards, entrances: [{ x: 0, y: 2 }] }).map((b) => b.number)).toEqual(boards.map((_, i) => i + 1));
    const prime = boards.filter((b) => b.prime).map((b) => b.number);
    expect(prime).toEqual([1, 11]);
  });

  it('says how many faces a hall too small for the request lacks', () => {
    const { boards, missingFaces } = generateLayout({ ...request('rows', 500), width: 8, depth: 6 });
    expect(missingFaces).toBe(500 - facesOf(boards));
    expect(missingFaces).toBeGreaterThan(0);
  });
});

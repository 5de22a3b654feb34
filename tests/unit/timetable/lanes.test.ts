import { describe, expect, it } from 'vitest';
import { COLUMN_PADDING, cssLength, laneBoxes, laneOfDrop, NEST_INDENT, rightOf, type LaneItem } from '../../../shared/timetable/lanes.ts';

const at = (id: string, start: string, minutes: number, parentId: string | null = null): LaneItem => {
  const [h, m] = start.split(':').map(Number);
  return { id, start: h! * 60 + m!, end: h! * 60 + m! + minutes, parentId };
};

/** Each id's lane and lane count, for short assertions. */
const lanesOf = (items: LaneItem[]) => Object.fromEntries([...laneBoxes(items)].map(([id, b]) => [id, `${b.lane}/${b.lanes}`]));

/** The left and right edges in pixels of each box in a column `width` pixels wide. */
const edges = (items: LaneItem[], width: number) =>
  Object.fromEntries([...laneBoxes(items)].map(([id, b]) => {
    const left = b.left.fraction * width + b.left.px;
    return [id, [left, left + b.width.fraction * width + b.width.px]];
  }));

describe('lanes of a room’s day', () => {
  it('gives a session alone the whole width, padding aside', () => {
    expect(edges([at('a', '09:00', 60)], 200)).toEqual({ a: [COLUMN_PADDING, 200 - COLUMN_PADDING] });
  });

  it('puts two overlapping sessions side by side, each half the width, without covering each other', () => {
    const items = [at('a', '09:00', 60), at('b', '09:30', 60)];
    expect(lanesOf(items)).toEqual({ a: '0/2', b: '1/2' });
    const box = edges(items, 200);
    expect(box.a).toEqual([4, 100]);
    expect(box.b).toEqual([100, 196]);
  });

  it('keeps sessions that only touch (one ends when the next starts) at full width', () => {
    expect(lanesOf([at('a', '09:00', 60), at('b', '10:00', 60)])).toEqual({ a: '0/1', b: '0/1' });
  });

  it('reuses a lane freed earlier, and gives the whole cluster of overlaps the same lane count', () => {
    // a 09:00–11:00 overlaps b and c; b ends before c starts, so c takes b's lane; d comes after them all, alone.
    const items = [at('a', '09:00', 120), at('b', '09:00', 30), at('c', '10:00', 30), at('d', '11:00', 30)];
    expect(lanesOf(items)).toEqual({ a: '0/2', b: '1/2', c: '1/2', d: '0/1' });
  });

  it('splits three sessions at the same time in three', () => {
    expect(lanesOf([at('c', '09:00', 30), at('a', '09:00', 30), at('b', '09:00', 30)])).toEqual({ a: '0/3', b: '1/3', c: '2/3' });
  });

  it('keeps nested talks inside their parent’s strip, right of its title, and side by side when they overlap', () => {
    const items = [
      at('ts', '09:00', 120), at('other', '09:30', 60),
      at('k', '09:00', 45, 'ts'), at('t1', '09:45', 30, 'ts'), at('t2', '09:50', 30, 'ts'),
    ];
    expect(lanesOf(items)).toEqual({ ts: '0/2', other: '1/2', k: '0/1', t1: '0/2', t2: '1/2' });
    const box = edges(items, 208);
    expect(box.ts).toEqual([4, 104]);
    expect(box.other).toEqual([104, 204]);
    expect(box.k).toEqual([4 + NEST_INDENT, 104]);
    expect(box.t1).toEqual([4 + NEST_INDENT, 4 + NEST_INDENT + (100 - NEST_INDENT) / 2]);
    expect(box.t2![1]).toBe(104);
  });

  it('lays out sessions whose parents loop (a damaged file) instead of hiding them', () => {
    expect(lanesOf([at('a', '09:00', 30, 'b'), at('b', '09:00', 30, 'a')])).toEqual({ a: '0/2', b: '1/2' });
  });

  it('writes a box edge as CSS, in its simplest form', () => {
    expect(cssLength({ fraction: 0.5, px: 2 })).toBe('calc(50% + 2px)');
    expect(cssLength({ fraction: 0, px: 4 })).toBe('4px');
    expect(cssLength({ fraction: 0.5, px: 0 })).toBe('50%');
  });

  it('places a full-width card, and each of three lanes, by a left and a right edge that meet the width', () => {
    const boxes = laneBoxes([at('solo', '08:00', 30), at('a', '09:00', 60), at('b', '09:00', 60), at('c', '09:00', 60)]);
    const edges = (id: string) => [cssLength(boxes.get(id)!.left), cssLength(rightOf(boxes.get(id)!))];
    expect(edges('solo')).toEqual(['4px', '4px']);
    // In a 190 px column: each edge resolved as the browser would, the box between them keeps its width.
    const resolve = (css: string) => {
      const [, percent, px] = /^(?:calc\()?(?:(-?[\d.e-]+)%)?(?: \+ )?(?:(-?[\d.e-]+)px)?\)?$/.exec(css)!;
      return (Number(percent ?? 0) / 100) * 190 + Number(px ?? 0);
    };
    for (const id of ['a', 'b', 'c']) {
      const box = boxes.get(id)!;
      const [left, right] = edges(id).map(resolve);
      expect(190 - left! - right!).toBeCloseTo(resolve(cssLength(box.width)), 6);
    }
    expect(resolve(edges('a')[0]!)).toBe(4);
    expect(resolve(edges('c')[1]!)).toBeCloseTo(4, 6);
  });
});

describe('the lane a drop would take', () => {
  it('is beside the session it overlaps, the moving session’s old place and its talks left out', () => {
    const items = [at('a', '09:00', 60), at('moving', '09:00', 60), at('talk', '09:00', 20, 'moving')];
    const drop = laneOfDrop(items, new Set(['moving', 'talk']), at('moving', '09:30', 60));
    expect([drop.lane, drop.lanes]).toEqual([1, 2]);
  });

  it('is the whole width in a free room', () => {
    const drop = laneOfDrop([at('a', '09:00', 60)], new Set(), at('new', '10:00', 30));
    expect([drop.lane, drop.lanes]).toEqual([0, 1]);
  });
});

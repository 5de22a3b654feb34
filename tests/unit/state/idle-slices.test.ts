import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followMoves, inIdleSlices, stepUntil } from '../../../renderer/src/state/idle-slices.ts';

function* counted(steps: number, done: number[]): Generator<void, void, void> {
  for (let i = 0; i < steps; i += 1) {
    done.push(i);
    yield;
  }
}

describe('work run a slice at a time', () => {
  it('takes one step when its time is already up, and says the work is not done', () => {
    const done: number[] = [];
    expect(stepUntil(counted(3, done), performance.now() - 1)).toBe(false);
    expect(done).toEqual([0]);
  });

  it('runs to the end when there is time, and says so', () => {
    const done: number[] = [];
    expect(stepUntil(counted(3, done), performance.now() + 60_000)).toBe(true);
    expect(done).toEqual([0, 1, 2]);
  });
});

describe('background work in idle slices', () => {
  /** The idle callbacks asked for, run by hand as the browser would between frames. */
  let asked: { callback: IdleRequestCallback; timeout: number }[] = [];
  const idle = (didTimeout = false) => asked.splice(0).forEach(({ callback }) => callback({ didTimeout, timeRemaining: () => 10 }));
  const window = new EventTarget();
  followMoves(window);
  const drag = () => window.dispatchEvent(Object.assign(new Event('pointermove'), { buttons: 1 }));

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
    asked = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback, options: { timeout: number }) => asked.push({ callback, timeout: options.timeout }));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits while the grid scrolls, goes on once it has been still a moment, until the work is done', () => {
    const slices: number[] = [];
    inIdleSlices(() => slices.push(performance.now()) >= 2, 4, 500);
    window.dispatchEvent(new Event('scroll'));
    idle();
    expect(slices).toHaveLength(0);
    expect(asked).toHaveLength(1);
    vi.advanceTimersByTime(200);
    idle();
    idle();
    expect(slices).toHaveLength(2);
    expect(asked).toHaveLength(0);
  });

  it('a pointer moving with no button held is not a drag: the work goes on', () => {
    const slices: number[] = [];
    inIdleSlices(() => slices.push(1) >= 1, 4, 500);
    vi.advanceTimersByTime(200);
    window.dispatchEvent(Object.assign(new Event('pointermove'), { buttons: 0 }));
    idle();
    expect(slices).toHaveLength(1);
  });

  it('a drag that never stops still gets a slice every half second', () => {
    const slices: number[] = [];
    inIdleSlices(() => slices.push(performance.now()) >= 3, 4, 500);
    for (let ms = 0; ms < 1_600; ms += 16) {
      drag();
      idle();
      vi.advanceTimersByTime(16);
    }
    expect(slices.length).toBeGreaterThanOrEqual(3);
    expect(slices[1]! - slices[0]!).toBeGreaterThanOrEqual(500);
  });
});

import { describe, expect, it } from 'vitest';
import { stepUntil } from '../../../renderer/src/state/idle-slices.ts';

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

/**
 * The conflict engine on the large event (1,500 sessions, 40 rooms, 10,000 participants): a full check, a re-check
 * after moving one session, and the naive pairwise reference of the tests for comparison.
 */
import { produce } from 'immer';
import type { Project } from '../../shared/model/schema.ts';
import { createConflictChecker, findConflicts, type ConflictChecker } from '../../shared/rules/index.ts';
import { generateEvent, LARGE_EVENT } from '../../shared/sample/generate.ts';
import { referenceConflicts } from '../unit/rules/reference.ts';
import type { BenchCase } from './types.ts';

let large: Project | null = null;
const project = (): Project => (large ??= generateEvent(LARGE_EVENT));

/** A chain of plans, each the previous one with one more top-level session moved to another time (as a drag does). */
function moves(count: number): Project[] {
  const movable = project().sessions.filter((s) => s.slot && s.parentId === null);
  const chain: Project[] = [];
  let current = project();
  for (let i = 0; i < count; i++) {
    const id = movable[(i * 37) % movable.length]!.id;
    current = produce(current, (draft) => {
      const slot = draft.sessions.find((s) => s.id === id)!.slot!;
      slot.start = i % 2 === 0 ? '10:00' : '14:05';
    });
    chain.push(current);
  }
  return chain;
}

const MOVES = 60;
let checker: ConflictChecker | null = null;
let chain: Project[] = [];
let step = 0;

function recheckOneMove(): void {
  if (!checker || step >= chain.length) {
    checker = createConflictChecker(project());
    chain = moves(MOVES);
    step = 0;
  }
  checker.update(chain[step++]!);
}

const median = (samples: number[]): number => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

let referenceNote: string | undefined;

/** Times the reference and the engine alike, keeps the ratio for the results, and returns the reference's times. */
async function referenceWithRatio(): Promise<number[]> {
  const runs = 3;
  const reference: number[] = [];
  const engine: number[] = [];
  referenceConflicts(project());
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    referenceConflicts(project());
    reference.push(performance.now() - start);
    start = performance.now();
    findConflicts(project());
    engine.push(performance.now() - start);
  }
  const ratio = median(reference) / median(engine);
  referenceNote = `${ratio.toFixed(0)}× the engine's full check (${median(engine).toFixed(1)} ms in the same runs)`;
  return reference;
}

export const benchmarks: BenchCase[] = [
  { name: 'conflicts: full check of the large event', targetMs: 50, stat: 'median', iterations: 15, run: () => findConflicts(project()) },
  // The first run builds the checker and the moves; the timed runs are one update each (MOVES > iterations + 1).
  { name: 'conflicts: re-check after moving one session', targetMs: 2, stat: 'median', iterations: 40, run: recheckOneMove },
  { name: 'conflicts: pairwise reference, full check (for comparison)', targetMs: null, stat: 'median', iterations: 3, measure: referenceWithRatio, note: () => referenceNote },
];

/** All seven venue workbooks of the large event (10,000 participants, 1,500 sessions): time, and peak memory sampled during the run. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportWorkbooks } from '../../main/services/export/index.ts';
import { WORKBOOKS } from '../../shared/exports/workbook-ids.ts';
import { generateEvent, LARGE_EVENT } from '../../shared/sample/generate.ts';
import type { BenchCase } from './types.ts';

const MB = 1024 * 1024;
let project: ReturnType<typeof generateEvent> | null = null;
let peakRssMb = 0;
let peakHeapMb = 0;

/** One full export into a fresh folder, with memory sampled every 20 ms while it runs. */
async function exportAll(): Promise<number> {
  project ??= generateEvent(LARGE_EVENT);
  const folder = await mkdtemp(join(tmpdir(), 'regie-bench-export-'));
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRssMb = Math.max(peakRssMb, rss / MB);
    peakHeapMb = Math.max(peakHeapMb, heapUsed / MB);
  };
  const timer = setInterval(sample, 20);
  const start = performance.now();
  try {
    // Progress is reported after each workbook: a good moment to sample too.
    await exportWorkbooks(project, WORKBOOKS, 'fr', folder, sample);
    return performance.now() - start;
  } finally {
    clearInterval(timer);
    sample();
    await rm(folder, { recursive: true, force: true });
  }
}

const RUNS = 3;
let timings: number[] | null = null;

async function measured(): Promise<number[]> {
  if (!timings) {
    await exportAll();
    timings = [];
    for (let i = 0; i < RUNS; i++) {
      // Garbage of the previous run is collected outside the timing (the bench runner exposes gc).
      (globalThis as { gc?: () => void }).gc?.();
      timings.push(await exportAll());
    }
  }
  return timings;
}

const MEMORY_TARGET_MB = 500;

export const benchmarks: BenchCase[] = [
  {
    name: 'export all 7 workbooks of the large event (10,000 participants, 1,500 sessions)',
    targetMs: 5000,
    stat: 'median',
    iterations: RUNS,
    measure: measured,
    note: () =>
      `peak memory ${peakRssMb.toFixed(0)} MB rss (target < ${MEMORY_TARGET_MB} MB: ${peakRssMb < MEMORY_TARGET_MB ? 'met' : 'MISSED'}), heap ${peakHeapMb.toFixed(0)} MB`,
  },
];

/**
 * Files from elsewhere read through the reading worker, as the app does (the built worker: run after `npm run build`):
 * how long it takes, and how long this thread — the main process's — is ever blocked meanwhile.
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFileReader, READING_LIMITS, type FileReader } from '../../main/services/untrusted/reader.ts';
import { applyEdit } from '../../shared/edits/index.ts';
import type { ReadList } from '../../shared/ipc.ts';
import { previewImport } from '../../shared/import/index.ts';
import { serializeProject } from '../../shared/model/document.ts';
import type { Project } from '../../shared/model/schema.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { generateEvent, LARGE_EVENT } from '../../shared/sample/generate.ts';
import { dialogBlocks, type DialogBlocks } from './import-dialog/scenario.ts';
import { listFiles } from './import.bench.ts';
import type { BenchCase } from './types.ts';

const BUILT_WORKER = fileURLToPath(new URL('../../out/main/untrusted-reader.js', import.meta.url));
/** Participants that bring the generated event just under the largest supported project (64 MB). */
const LARGEST_PARTICIPANTS = 100_000;

let reader: FileReader | undefined;
const worker = () => (reader ??= createFileReader({ workerScript: BUILT_WORKER, startAhead: true }));

let folder: string | undefined;
async function writeProject(name: string, project: () => Project): Promise<string> {
  if (!folder) {
    folder = await mkdtemp(join(tmpdir(), 'regie-bench-reading-'));
    const made = folder;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  const path = join(folder, name);
  await writeFile(path, serializeProject(project()));
  return path;
}
let largePath: Promise<string> | undefined;
const largeFile = () => (largePath ??= writeProject('large.regie', () => generateEvent(LARGE_EVENT)));
let largestPath: Promise<string> | undefined;
const largestFile = () => (largestPath ??= writeProject('largest.regie', () => generateEvent({ ...LARGE_EVENT, participants: LARGEST_PARTICIPANTS })));

/** Up to the text the window parses: what the main process does (the window's parse is measured in Chromium). */
async function openThroughWorker(path: string): Promise<string> {
  const outcome = await worker().read({ kind: 'project', path });
  if (outcome.status !== 'done' || !outcome.value.ok) throw new Error(`did not open: ${JSON.stringify(outcome).slice(0, 300)}`);
  return outcome.value.projectJson;
}

async function readListThroughWorker(path: string, project: Project) {
  const outcome = await worker().read({ kind: 'table', path, context: project });
  if (outcome.status !== 'done' || !('ok' in outcome.value)) throw new Error(`did not read: ${JSON.stringify(outcome).slice(0, 300)}`);
  return outcome.value.listJson;
}

/** The longest this thread went without running a timer while `work` ran: how long it was blocked. */
async function longestBlock(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  try {
    await work();
  } finally {
    clearInterval(tick);
  }
  return Math.max(longest, performance.now() - last);
}

async function blockSamples(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await longestBlock(work));
  return samples;
}

let reference: Project | undefined;
async function importCsvThroughWorker(): Promise<void> {
  const project = (reference ??= sampleProject());
  const { table, prepared } = JSON.parse(await readListThroughWorker((await listFiles()).csv, project)) as ReadList;
  const plan = previewImport(project, table.rows, prepared.headerIndex, prepared.targets);
  applyEdit(project, { type: 'participants/import', payload: { upserts: plan.upserts, removeIds: plan.removeIds } });
}

/** The dialog in the window, on the 10,000-row .xlsx list as the reading worker hands it over; run once per project. */
const dialogRuns = new Map<string, Promise<DialogBlocks>>();
function dialogOn(name: 'sample' | 'large'): Promise<DialogBlocks> {
  let run = dialogRuns.get(name);
  if (!run) {
    const project = name === 'sample' ? (reference ??= sampleProject()) : generateEvent(LARGE_EVENT);
    run = listFiles().then(async ({ xlsx }) => dialogBlocks(project, await readListThroughWorker(xlsx, project), 4, 3));
    dialogRuns.set(name, run);
  }
  return run;
}
/** Wall-clock blocks include the time other processes hold the two cores: the machine's load says how busy it was. */
const loadNote = () => `load average ${loadavg()[0]!.toFixed(1)} on this machine`;
const EVENTS = { sample: 'the sample event', large: 'the large event (10,000 people already there)' } as const;
const dialogCases = (['sample', 'large'] as const).flatMap((name): BenchCase[] => [
  {
    name: `import dialog, 10,000 rows into ${EVENTS[name]}: longest block of the window's thread while it opens (list handed over, first check)`,
    targetMs: 50,
    stat: 'p95',
    iterations: 4,
    measure: async () => (await dialogOn(name)).opening,
    note: loadNote,
  },
  {
    name: `import dialog, 10,000 rows into ${EVENTS[name]}: longest block of the window's thread at each mapping change, until its report shows`,
    targetMs: 50,
    stat: 'p95',
    iterations: 24,
    measure: async () => (await dialogOn(name)).changes,
    note: loadNote,
  },
  {
    // Whatever the machine's load, no block of a change is longer than all its CPU time together. Information, not
    // a block: the issue sets no target for it.
    name: `import dialog, 10,000 rows into ${EVENTS[name]}: CPU time of the window's thread for a whole mapping change (all its tasks)`,
    targetMs: null,
    stat: 'p95',
    iterations: 24,
    measure: async () => (await dialogOn(name)).changesCpu,
    note: loadNote,
  },
  {
    name: `import dialog, 10,000 rows into ${EVENTS[name]}: longest block of the window's thread from Import to the list updated`,
    targetMs: 50,
    stat: 'p95',
    iterations: 3,
    measure: async () => (await dialogOn(name)).importing,
    note: loadNote,
  },
]);

export const benchmarks: BenchCase[] = [
  {
    name: 'open large event through the reading worker (read + parse + validate + restore + hand-over)',
    targetMs: 300,
    stat: 'median',
    iterations: 15,
    run: async () => openThroughWorker(await largeFile()),
  },
  {
    name: 'longest block of the main thread while the worker opens the large event',
    targetMs: 50,
    stat: 'p95',
    iterations: 15,
    measure: async () => {
      const path = await largeFile();
      return blockSamples(15, () => openThroughWorker(path));
    },
  },
  {
    // What the two cases above compare with: on a busy machine the system alone holds a thread back this long.
    name: 'longest block of the main thread while it only waits 500 ms (the machine’s own noise)',
    targetMs: null,
    stat: 'p95',
    iterations: 15,
    measure: async () => blockSamples(15, () => new Promise((resolve) => setTimeout(resolve, 500))),
  },
  {
    name: 'the window parses the opened large event (JSON.parse of the text handed over)',
    targetMs: 50,
    stat: 'median',
    iterations: 15,
    measure: async () => {
      const text = await openThroughWorker(await largeFile());
      const samples: number[] = [];
      for (let i = 0; i < 15; i++) {
        const started = performance.now();
        JSON.parse(text);
        samples.push(performance.now() - started);
      }
      return samples;
    },
  },
  {
    name: 'import 10,000 rows from .csv through the reading worker (read + first look there; plan + merge here)',
    targetMs: 500,
    stat: 'median',
    iterations: 10,
    run: importCsvThroughWorker,
  },
  {
    name: 'import 10,000 rows from .xlsx through the reading worker (read + first look there; plan + merge here)',
    targetMs: 2000,
    stat: 'median',
    iterations: 5,
    run: async () => {
      const project = (reference ??= sampleProject());
      const { table, prepared } = JSON.parse(await readListThroughWorker((await listFiles()).xlsx, project)) as ReadList;
      previewImport(project, table.rows, prepared.headerIndex, prepared.targets);
    },
  },
  {
    name: 'longest block of the main thread while the worker reads 10,000 rows (.xlsx, read + first look)',
    targetMs: 50,
    stat: 'p95',
    iterations: 5,
    measure: async () => {
      const path = (await listFiles()).xlsx;
      return blockSamples(5, () => readListThroughWorker(path, (reference ??= sampleProject())));
    },
  },
  {
    name: `open the largest supported project (${LARGEST_PARTICIPANTS.toLocaleString('en')} participants, just under 64 MB) through the worker`,
    targetMs: null,
    stat: 'median',
    iterations: 3,
    run: async () => openThroughWorker(await largestFile()),
    note: () => `worker heap limit ${READING_LIMITS.memoryMb} MB`,
  },
  ...dialogCases,
];

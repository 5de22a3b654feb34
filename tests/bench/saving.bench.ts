/**
 * Keeping work safe on the large event: a save (checks, backup, serialise, write, flush, rename), and the recovery
 * copy — what the window's thread does per write (its changes as patches, cloned for the IPC message) and what main does.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Patch } from 'immer';
import { createRecoveryCopy } from '../../main/services/recovery.ts';
import { saveProjectSafely } from '../../main/services/project-saving.ts';
import type { DiskFingerprint } from '../../main/services/disk-fingerprint.ts';
import { emptyHistory, perform, type History } from '../../shared/edits/history.ts';
import { serializeProject } from '../../shared/model/document.ts';
import type { Project } from '../../shared/model/schema.ts';
import { generateEvent, LARGE_EVENT } from '../../shared/sample/generate.ts';
import type { BenchCase } from './types.ts';

let project: Project | undefined;
// Built on first use (inside the untimed warm-up), so loading this file costs nothing when it is filtered out.
const largeEvent = () => (project ??= generateEvent(LARGE_EVENT));

let saveFolder: string | undefined;
let known: DiskFingerprint | null = null;
let saved = 0;

/** A save over the same file each time, as the app does it: compared with what was saved before, then replaced. */
async function saveLargeEvent(): Promise<void> {
  saveFolder ??= await mkdtemp(join(tmpdir(), 'regie-bench-save-'));
  const file = join(saveFolder, 'large-event.regie');
  const outcome = await saveProjectSafely(file, largeEvent(), { dataFolder: join(saveFolder, 'data'), known });
  if (outcome.status !== 'saved') throw new Error('the file changed on disk between two saves of the benchmark');
  known = outcome.fingerprint;
  saved += 1;
}

/** A second of work between two recovery writes: ten sessions dragged to new slots, each its own undo step. */
function aSecondOfDrags(): { project: Project; history: History } {
  let state = { project: largeEvent(), history: emptyHistory() };
  const placed = state.project.sessions.filter((s) => s.slot && !s.parentId).slice(0, 10);
  for (const session of placed) {
    const slot = { ...session.slot!, start: session.slot!.start === '08:00' ? '08:05' : '08:00' };
    state = perform(state.project, state.history, [{ type: 'sessions/place', payload: { sessionId: session.id, slot } }], 'timetable:undo.move');
  }
  return state;
}

let drags: History | undefined;
let wholeCloneMs = 0;

/** The window's part of one recovery write: the steps' patches gathered and cloned into the IPC message (Electron's invoke clones it). */
function windowShareOfOneWrite(): void {
  drags ??= aSecondOfDrags().history;
  const patches: Patch[] = drags.past.flatMap((step) => step.patches);
  structuredClone({ opening: 1, sequence: 0, patches, unsaved: true });
}

const recoveryFolder = mkdtemp(join(tmpdir(), 'regie-bench-recovery-'));
let recovery: ReturnType<typeof createRecoveryCopy> | undefined;
let sequence = 0;

/** Main's part: the patches applied to its copy of the project, which is serialised and written atomically (flushed). */
async function mainShareOfOneWrite(): Promise<void> {
  if (!recovery) {
    recovery = createRecoveryCopy(await recoveryFolder);
    recovery.opened(JSON.stringify(largeEvent()), null);
    sequence = 0;
  }
  drags ??= aSecondOfDrags().history;
  const answer = await recovery.record({ opening: 1, sequence, patches: drags.past.flatMap((step) => step.patches), unsaved: true });
  if (answer !== 'recorded') throw new Error(`the recovery copy answered ${answer}`);
  sequence += 1;
}

export const benchmarks: BenchCase[] = [
  {
    name: 'save large event (compare with disk, backup, serialize, write, flush, rename)',
    targetMs: 300,
    stat: 'median',
    iterations: 10,
    run: saveLargeEvent,
    note: () => `${saved} saves, ${Math.round(serializeProject(largeEvent()).length / 1e6)} MB each`,
  },
  {
    name: 'recovery copy: window thread per write (10 drags of patches, cloned for IPC)',
    targetMs: 16,
    stat: 'p95',
    iterations: 50,
    run: windowShareOfOneWrite,
    note: () => {
      const start = performance.now();
      structuredClone(largeEvent());
      wholeCloneMs = performance.now() - start;
      return `sending the whole project instead would block it ${Math.round(wholeCloneMs)} ms (structured clone)`;
    },
  },
  {
    name: 'recovery copy: main process per write (apply patches, serialize, write, flush)',
    targetMs: null,
    stat: 'median',
    iterations: 10,
    run: mainShareOfOneWrite,
  },
];

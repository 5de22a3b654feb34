/**
 * Reads untrusted files (projects from others, registration lists) in a worker thread with memory and time limits:
 * a file that exhausts them ends the worker, never the app, and comes back as a message the user can act on.
 */
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Problem } from '../../../shared/problems.ts';
import type { JobResult, ReadJob, WorkerMessage } from './jobs.ts';

export interface ReadingLimits {
  /** The worker's JavaScript heap. */
  readonly memoryMb: number;
  readonly seconds: number;
}

/** Room for the largest supported project (see MAX_PROJECT_BYTES) with its parse and validation, and time for a slow laptop. */
export const READING_LIMITS: ReadingLimits = { memoryMb: 2048, seconds: 60 };

export interface ReadingProgressOf {
  readonly file: string;
  readonly done: number;
  readonly total: number;
  readonly finished: boolean;
}

export type ReadingOutcome<T> =
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly problem: Problem };

export interface FileReaderOptions {
  /** The worker's script: the built one in the app; the TypeScript sources through tsx otherwise. */
  readonly workerScript?: string | URL;
  readonly limits?: ReadingLimits;
  /** Keeps a worker started ahead, so a reading does not wait for one to load (the app does; tests need not). */
  readonly keepSpare?: boolean;
}

export interface FileReader {
  read<J extends ReadJob>(job: J, onProgress?: (progress: ReadingProgressOf) => void): Promise<ReadingOutcome<JobResult<J>>>;
  /** Stops the reading under way, if any; it then ends as cancelled. */
  cancel(): void;
  /** Ends the spare worker (when the app quits, or a test ends). */
  close(): Promise<void>;
}

const SOURCE_WORKER = new URL('./source-worker.mjs', import.meta.url);

export function createFileReader(options: FileReaderOptions = {}): FileReader {
  const limits = options.limits ?? READING_LIMITS;
  const script = options.workerScript ?? SOURCE_WORKER;
  let spare: Worker | null = null;
  let stopCurrent: (() => void) | null = null;

  const start = (): Worker => {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, stackSizeMb: 8 } });
    // An idle worker never keeps the process alive.
    worker.unref();
    // A spare that fails to start is replaced at the next reading.
    worker.on('error', () => undefined);
    return worker;
  };
  const take = (): Worker => {
    const worker = spare ?? start();
    spare = options.keepSpare ? start() : null;
    return worker;
  };
  if (options.keepSpare) spare = start();

  return {
    read(job, onProgress) {
      const file = basename(job.path);
      const worker = take();
      worker.ref();
      return new Promise((resolve) => {
        let settled = false;
        const finish = (outcome: ReadingOutcome<never> | ReadingOutcome<JobResult<typeof job>>) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          stopCurrent = null;
          onProgress?.({ file, done: 0, total: 0, finished: true });
          void worker.terminate();
          resolve(outcome as ReadingOutcome<JobResult<typeof job>>);
        };
        const timer = setTimeout(() => finish({ status: 'failed', problem: { code: 'files:reading.tooSlow', file, params: { seconds: limits.seconds } } }), limits.seconds * 1000);
        stopCurrent = () => finish({ status: 'cancelled' });
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'progress') onProgress?.({ file, done: message.done, total: message.total, finished: false });
          else finish({ status: 'done', value: JSON.parse(message.json) as JobResult<typeof job> });
        });
        worker.on('error', (error: Error & { code?: string }) => {
          if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish({ status: 'failed', problem: { code: 'files:reading.outOfMemory', file, params: { limitMb: limits.memoryMb } } });
          else finish({ status: 'failed', problem: { code: 'files:reading.failed', file, params: { message: error.message } } });
        });
        worker.on('exit', () => finish({ status: 'failed', problem: { code: 'files:reading.failed', file, params: { message: 'the reader stopped' } } }));
        onProgress?.({ file, done: 0, total: 0, finished: false });
        worker.postMessage(job);
      });
    },
    cancel() {
      stopCurrent?.();
    },
    async close() {
      stopCurrent?.();
      const last = spare;
      spare = null;
      await last?.terminate();
    },
  };
}

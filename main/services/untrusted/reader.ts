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
  /** Starts a worker at once, so the first reading does not wait for one to load (the app does; tests need not). */
  readonly startAhead?: boolean;
}

export interface FileReader {
  read<J extends ReadJob>(job: J, onProgress?: (progress: ReadingProgressOf) => void): Promise<ReadingOutcome<JobResult<J>>>;
  /** Stops the reading under way, if any; it then ends as cancelled. */
  cancel(): void;
  /** Ends the idle worker (when the app quits, or a test ends). */
  close(): Promise<void>;
}

const SOURCE_WORKER = new URL('./source-worker.mjs', import.meta.url);

type Listeners = {
  readonly message: (message: WorkerMessage) => void;
  readonly error: (error: Error & { code?: string }) => void;
  readonly exit: () => void;
};

/**
 * One worker at a time. After a reading that went well it stays, idle, for the next one (its compiled code is
 * warm); after one that was cancelled, too slow or too big, it is ended and the next reading gets a fresh one.
 */
export function createFileReader(options: FileReaderOptions = {}): FileReader {
  const limits = options.limits ?? READING_LIMITS;
  const script = options.workerScript ?? SOURCE_WORKER;
  let idle: Worker | null = null;
  const ended = new WeakSet<Worker>();
  let stopCurrent: (() => void) | null = null;

  const start = (): Worker => {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, stackSizeMb: 8 } });
    // An idle worker never keeps the process alive.
    worker.unref();
    // An idle worker that fails or ends is replaced at the next reading.
    worker.on('error', () => undefined);
    worker.on('exit', () => ended.add(worker));
    return worker;
  };
  const take = (): Worker => {
    const worker = idle && !ended.has(idle) ? idle : start();
    idle = null;
    return worker;
  };
  if (options.startAhead) idle = start();

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
          worker.off('message', listeners.message).off('error', listeners.error).off('exit', listeners.exit);
          if (outcome.status === 'done') {
            worker.unref();
            idle = worker;
          } else void worker.terminate();
          onProgress?.({ file, done: 0, total: 0, finished: true });
          resolve(outcome as ReadingOutcome<JobResult<typeof job>>);
        };
        const timer = setTimeout(() => finish({ status: 'failed', problem: { code: 'files:reading.tooSlow', file, params: { seconds: limits.seconds } } }), limits.seconds * 1000);
        stopCurrent = () => finish({ status: 'cancelled' });
        const listeners: Listeners = {
          message: (message) => {
            if (message.type === 'progress') onProgress?.({ file, done: message.done, total: message.total, finished: false });
            else finish({ status: 'done', value: message.value as JobResult<typeof job> });
          },
          error: (error) => {
            if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish({ status: 'failed', problem: { code: 'files:reading.outOfMemory', file, params: { limitMb: limits.memoryMb } } });
            else finish({ status: 'failed', problem: { code: 'files:reading.failed', file, params: { message: error.message } } });
          },
          exit: () => finish({ status: 'failed', problem: { code: 'files:reading.failed', file, params: { message: 'the reader stopped' } } }),
        };
        worker.on('message', listeners.message).on('error', listeners.error).on('exit', listeners.exit);
        onProgress?.({ file, done: 0, total: 0, finished: false });
        worker.postMessage(job);
      });
    },
    cancel() {
      stopCurrent?.();
    },
    async close() {
      stopCurrent?.();
      const last = idle;
      idle = null;
      await last?.terminate();
    },
  };
}

/** The reading worker's entry: runs one job at a time for the main process, within the limits the main process set. */
import { parentPort } from 'node:worker_threads';
import { runJob, type ReadJob, type WorkerMessage } from './jobs.ts';

/** Often enough for a moving bar, rarely enough to cost nothing. */
const PROGRESS_EVERY_MS = 100;

const port = parentPort!;
port.on('message', async (job: ReadJob) => {
  let last = 0;
  const post = (message: WorkerMessage) => port.postMessage(message);
  const result = await runJob(job, (done, total) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS && done < total) return;
    last = now;
    post({ type: 'progress', done, total });
  });
  post({ type: 'result', value: result });
});

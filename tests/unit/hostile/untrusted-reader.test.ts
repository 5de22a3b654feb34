/** Untrusted files are read in a worker with memory and time limits: a file that exhausts them ends the worker, never the caller. */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../../main/services/project-files.ts';
import { createFileReader, type FileReader, type ReadingProgressOf } from '../../../main/services/untrusted/reader.ts';
import { createI18n, describeProblem } from '../../../shared/i18n/index.ts';
import type { ReadList } from '../../../shared/ipc.ts';
import { serializeProject } from '../../../shared/model/document.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import { generateEvent, LARGE_EVENT } from '../../../shared/sample/generate.ts';
import { tempFolder } from '../import/files.ts';

const en = createI18n('en');
const readers: FileReader[] = [];
const reader = (...args: Parameters<typeof createFileReader>) => {
  const made = createFileReader(...args);
  readers.push(made);
  return made;
};
afterEach(async () => {
  for (const made of readers.splice(0)) await made.close();
});

/** A named pipe: reading it waits until someone writes, like a file on a share that never answers. */
async function silentPipe(folder: string, name: string): Promise<{ path: string; release: () => Promise<void> }> {
  const path = join(folder, name);
  await promisify(execFile)('mkfifo', [path]);
  // Opening it for writing ends a read the worker left waiting, so no thread of the test process stays blocked;
  // without a reader left, there is nothing to release (ENXIO).
  const release = async () => {
    const writer = await open(path, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => null);
    await writer?.close();
  };
  return { path, release };
}

describe('reading in a worker', () => {
  it('opens a project and says how far it has got', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'sample.regie');
    await writeProjectFile(path, sampleProject());
    const progress: ReadingProgressOf[] = [];
    const outcome = await reader().read({ kind: 'project', path }, (p) => progress.push(p));
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done' || !outcome.value.ok) throw new Error(JSON.stringify(outcome));
    expect(JSON.parse(outcome.value.projectJson)).toEqual(sampleProject());
    expect(progress.at(-1)).toMatchObject({ file: 'sample.regie', finished: true });
    expect(progress.some((p) => !p.finished && p.total > 0 && p.done === p.total)).toBe(true);
  });

  it('a file that needs more memory than the worker has: the worker ends, the caller gets a sentence and goes on', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'large.regie');
    await writeFile(path, serializeProject(generateEvent(LARGE_EVENT)));
    const outcome = await reader({ limits: { memoryMb: 24, seconds: 60 } }).read({ kind: 'project', path });
    expect(outcome).toMatchObject({ status: 'failed', problem: { code: 'files:reading.outOfMemory', file: 'large.regie' } });
    if (outcome.status === 'failed') {
      expect(describeProblem(en.t.bind(en), outcome.problem)).toBe(
        'large.regie: reading this file needed more than 24 MB of memory: it was stopped, and the open project is untouched. Check the file (a real project or list is far smaller).',
      );
    }
    // The same reader reads the next file.
    const small = join(folder, 'small.regie');
    await writeProjectFile(small, sampleProject());
    expect(await reader().read({ kind: 'project', path: small })).toMatchObject({ status: 'done', value: { ok: true } });
  });

  it('a read that never ends is stopped at the time limit', async () => {
    const pipe = await silentPipe(await tempFolder(), 'stuck.regie');
    const outcome = await reader({ limits: { memoryMb: 256, seconds: 2 } }).read({ kind: 'project', path: pipe.path });
    await pipe.release();
    expect(outcome).toMatchObject({ status: 'failed', problem: { code: 'files:reading.tooSlow', file: 'stuck.regie', params: { seconds: 2 } } });
  });

  it('cancel stops the reading under way', async () => {
    const pipe = await silentPipe(await tempFolder(), 'list.csv');
    const made = reader();
    const reading = made.read({ kind: 'table', path: pipe.path, context: sampleProject() }, (p) => {
      if (!p.finished) made.cancel();
    });
    expect(await reading).toEqual({ status: 'cancelled' });
    await pipe.release();
  });

  it('reads a registration list and takes the first look there: header row and guessed columns', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'inscrits.csv');
    await writeFile(path, ['Inscrits', '', 'Nom;Prénom;Courriel', 'Durand;Alice;alice@x.fr'].join('\n'));
    const outcome = await reader().read({ kind: 'table', path, context: sampleProject() });
    if (outcome.status !== 'done' || !('ok' in outcome.value)) throw new Error(JSON.stringify(outcome));
    expect((JSON.parse(outcome.value.listJson) as ReadList).prepared).toMatchObject({ headerIndex: 2, headers: ['Nom', 'Prénom', 'Courriel'], targets: ['lastName', 'firstName', 'email'] });
  });
});

/** The CLI reads projects and lists in the app's reading worker: a file that exhausts its memory or time ends the worker, not the command. */
import { execFile } from 'node:child_process';
import { constants, existsSync } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../main/cli.ts';
import { writeProjectFile } from '../../../main/services/project-files.ts';
import { createFileReader, type FileReader, type ReadingLimits } from '../../../main/services/untrusted/reader.ts';
import { serializeProject } from '../../../shared/model/document.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import { generateEvent, LARGE_EVENT } from '../../../shared/sample/generate.ts';
import { tempFolder } from '../import/files.ts';

const readers: FileReader[] = [];
afterEach(async () => {
  for (const reader of readers.splice(0)) await reader.close();
});

/** `regie <args>` with a reading worker held to `limits`, as the tests can make them small. */
async function regie(args: readonly string[], cwd: string, limits: ReadingLimits, lang: 'fr' | 'en' = 'en') {
  const reader = createFileReader({ limits });
  readers.push(reader);
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args, '--lang', lang], { out: (line) => out.push(line), err: (line) => err.push(line), cwd, reader });
  return { code, out, err };
}

describe('regie reads files in the reading worker', () => {
  it('a project that needs more memory than the worker has: one sentence naming the file and the limit, exit 2', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'large.regie'), serializeProject(generateEvent(LARGE_EVENT)));
    const run = await regie(['validate', 'large.regie'], folder, { memoryMb: 24, seconds: 60 });
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      'large.regie: reading this file needed more than 24 MB of memory: it was stopped, and no file was written. Check the file (a real project or list is far smaller).',
    ]);
    expect(run.out).toEqual([]);
  });

  it('says it in French too, and the export writes nothing', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'large.regie'), serializeProject(generateEvent(LARGE_EVENT)));
    const run = await regie(['export', 'large.regie', '--out', 'classeurs'], folder, { memoryMb: 24, seconds: 60 }, 'fr');
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('large.regie : la lecture de ce fichier demandait plus de 24 Mo de mémoire : elle a été arrêtée, et aucun fichier n’a été écrit.');
    expect(existsSync(join(folder, 'classeurs'))).toBe(false);
  });

  it('a list that needs more memory than the worker has: the import stops, naming the list, and writes nothing', async () => {
    const folder = await tempFolder();
    await writeProjectFile(join(folder, 'plan.regie'), sampleProject());
    // 40,000 rows of 20 columns: within the limits on size, rows, columns and cells, but not in 24 MB of memory.
    const row = (n: number) => Array.from({ length: 20 }, (_, c) => `cell ${n}-${c}`).join(';');
    await writeFile(join(folder, 'inscrits.csv'), Array.from({ length: 40_000 }, (_, n) => row(n)).join('\n'));
    const run = await regie(['import', 'plan.regie', 'inscrits.csv', '--out', 'updated.regie'], folder, { memoryMb: 24, seconds: 120 });
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      'inscrits.csv: reading this file needed more than 24 MB of memory: it was stopped, and no file was written. Check the file (a real project or list is far smaller).',
    ]);
    expect(existsSync(join(folder, 'updated.regie'))).toBe(false);
  });

  it('a project that never finishes reading is stopped at the time limit', async () => {
    const folder = await tempFolder();
    // A named pipe nobody writes to: reading it waits, like a file on a share that never answers.
    const stuck = join(folder, 'stuck.regie');
    await promisify(execFile)('mkfifo', [stuck]);
    const run = await regie(['info', 'stuck.regie'], folder, { memoryMb: 256, seconds: 2 });
    // Ends the read the worker left waiting, so no thread stays blocked on the pipe.
    await (await open(stuck, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => null))?.close();
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      'stuck.regie: reading this file took more than 2 s: it was stopped, and no file was written. Check the file, or save only the sheet you need.',
    ]);
  });

  it('within the limits, the command goes on as before', async () => {
    const folder = await tempFolder();
    await writeProjectFile(join(folder, 'plan.regie'), sampleProject());
    await writeFile(join(folder, 'inscrits.csv'), ['Nom;Prénom;Courriel', 'Durand;Alice;alice.durand@example.org'].join('\n'));
    const run = await regie(['import', 'plan.regie', 'inscrits.csv', '--out', 'updated.regie'], folder, { memoryMb: 512, seconds: 60 });
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Project written: updated.regie');
  });
});

/** A failed write never leaves half a file, and keeps the previous one. */
import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failures = vi.hoisted(() => ({ diskFullAfter: -1 }));

// A disk that fills up: the temp file gets part of the bytes, then the write fails, as on a full USB stick.
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    writeFile: async (path: string, data: Uint8Array | string, options?: object) => {
      if (failures.diskFullAfter < 0) return fs.writeFile(path, data, options);
      await fs.writeFile(path, typeof data === 'string' ? data.slice(0, failures.diskFullAfter) : data.subarray(0, failures.diskFullAfter), options);
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    },
  };
});

const { writeFileAtomic } = await import('../../../main/services/atomic-write.ts');
const { exportWorkbooks, ExportFailed } = await import('../../../main/services/export/index.ts');
const { exportEvent } = await import('../../fixtures/project.ts');
const { createI18n, describeProblem } = await import('../../../shared/i18n/index.ts');

afterEach(() => {
  failures.diskFullAfter = -1;
});

const folder = () => mkdtemp(join(tmpdir(), 'regie-atomic-'));

describe('atomic write', () => {
  it('keeps the previous file and leaves no partial file when the disk fills up mid-write', async () => {
    const dir = await folder();
    const target = join(dir, 'Programme.xlsx');
    await writeFile(target, 'previous workbook');
    failures.diskFullAfter = 10;
    await expect(writeFileAtomic(target, new Uint8Array(1000).fill(65))).rejects.toThrow('ENOSPC');
    expect(await readFile(target, 'utf8')).toBe('previous workbook');
    expect(await readdir(dir)).toEqual(['Programme.xlsx']);
  });

  it('cleans up its temporary file when the final rename fails', async () => {
    const dir = await folder();
    const target = join(dir, 'Programme.xlsx');
    // A non-empty folder in the way: rename cannot replace it.
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'x');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['Programme.xlsx']);
  });

  it('replaces the file whole when all goes well', async () => {
    const dir = await folder();
    const target = join(dir, 'a.csv');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new content');
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['a.csv']);
  });
});

describe('export failures', () => {
  it('stops with a clear problem naming the file, keeps the previous workbook and writes no partial file', async () => {
    const dir = await folder();
    const previous = join(dir, 'JT 2025 - Programme.xlsx');
    await writeFile(previous, 'previous workbook');
    failures.diskFullAfter = 100;
    const error = await exportWorkbooks(exportEvent(), ['timetable'], 'fr', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportFailed);
    const problem = (error as InstanceType<typeof ExportFailed>).problem;
    expect(problem).toMatchObject({ code: 'files:save.noSpace', file: 'JT 2025 - Programme.xlsx' });
    const en = createI18n('en');
    expect(describeProblem(en.t.bind(en), problem)).toMatch(/^JT 2025 - Programme\.xlsx: the disk is full: nothing was written in “regie-atomic-\w+”\. Free some space, then try again\.$/);
    expect(await readFile(previous, 'utf8')).toBe('previous workbook');
    expect(await readdir(dir)).toEqual(['JT 2025 - Programme.xlsx']);
  });

  it('refuses a folder that does not exist, saying so', async () => {
    const dir = join(await folder(), 'missing');
    const error = await exportWorkbooks(exportEvent(), ['rooms'], 'fr', dir).catch((e: unknown) => e);
    expect((error as InstanceType<typeof ExportFailed>).problem).toMatchObject({ code: 'exports:problem.folderMissing', params: { folder: dir } });
  });
});

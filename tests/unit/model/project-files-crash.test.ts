import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fixtureProject } from '../../fixtures/project.ts';
import { tempFolder } from '../../fixtures/temp-files.ts';

// Simulates a disk that fills up halfway through the save: the write to the temporary file fails.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    writeFile: async (...args: Parameters<typeof real.writeFile>) => {
      const [path, data] = args;
      if (!String(path).endsWith('.tmp')) return real.writeFile(...args);
      await real.writeFile(String(path), String(data).slice(0, 100));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    },
  };
});

const { ProjectFileError, writeProjectFile } = await import('../../../main/services/project-files.ts');

describe('a save interrupted by a full disk', () => {
  it('leaves the previous file as it was, no half file, and says the disk is full', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'plan.regie');
    await writeFile(path, 'the previous plan');
    const error = await writeProjectFile(path, await fixtureProject()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProjectFileError);
    expect((error as InstanceType<typeof ProjectFileError>).problem).toEqual({ code: 'model:save.noSpace', file: 'plan.regie' });
    expect(await readFile(path, 'utf8')).toBe('the previous plan');
    expect(await readdir(folder)).toEqual(['plan.regie']);
  });
});

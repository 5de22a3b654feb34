/** A hard-linked file whose in-place update fails half-way (disk full) gets its previous bytes back, under every name. */
import { link, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const failures = vi.hoisted(() => ({ target: '' }));

// The disk fills up while the shared file is rewritten: half the bytes land, then ENOSPC.
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    open: async (path: string, flags?: string) => {
      const handle = await fs.open(path, flags);
      if (path !== failures.target) return handle;
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile: async (data: string) => {
          await handle.writeFile(data.slice(0, data.length / 2));
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
        truncate: (length: number) => handle.truncate(length),
        sync: () => handle.sync(),
        close: () => handle.close(),
      });
    },
  };
});

const { writeFileAtomic } = await import('../../../main/services/atomic-write.ts');

describe('a hard-linked file, disk full during its in-place update', () => {
  it('keeps the previous contents under both names, and leaves no backup behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'regie-links-full-'));
    const first = join(dir, 'plan.regie');
    await writeFile(first, 'the previous plan');
    await link(first, join(dir, 'plan-shared.regie'));
    failures.target = first;
    await expect(writeFileAtomic(first, 'a new plan that will not fit on the disk')).rejects.toThrow('ENOSPC');
    expect(await readFile(first, 'utf8')).toBe('the previous plan');
    expect(await readFile(join(dir, 'plan-shared.regie'), 'utf8')).toBe('the previous plan');
    expect((await readdir(dir)).sort()).toEqual(['plan-shared.regie', 'plan.regie']);
  });
});

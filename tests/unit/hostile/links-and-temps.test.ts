/** Saving on a shared drive: through a symbolic link, to a file with several hard links, beside stale temporary files. */
import { link, lstat, mkdtemp, readdir, readFile, readlink, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STALE_TEMP_MS, writeFileAtomic } from '../../../main/services/atomic-write.ts';
import { readProjectFile, writeProjectFile } from '../../../main/services/project-files.ts';
import { sampleProject } from '../../../shared/sample/index.ts';

const folder = () => mkdtemp(join(tmpdir(), 'regie-links-'));

describe('a symbolic link to a shared project', () => {
  it('is written through: the shared original is updated and the link stays a link', async () => {
    const shared = await folder();
    const mine = await folder();
    const original = join(shared, 'journees.regie');
    await writeFile(original, 'old');
    const shortcut = join(mine, 'journees.regie');
    await symlink(original, shortcut);
    const project = sampleProject();
    project.event.name = 'Renamed through the link';
    await writeProjectFile(shortcut, project);
    expect((await lstat(shortcut)).isSymbolicLink()).toBe(true);
    expect(await readlink(shortcut)).toBe(original);
    const reopened = await readProjectFile(original);
    expect(reopened.ok && reopened.project.event.name).toBe('Renamed through the link');
    expect(await readdir(mine)).toEqual(['journees.regie']);
    expect(await readdir(shared)).toEqual(['journees.regie']);
  });

  it('a relative link whose target does not exist yet creates the target', async () => {
    const dir = await folder();
    await symlink('real.regie', join(dir, 'alias.regie'));
    await writeFileAtomic(join(dir, 'alias.regie'), 'first save');
    expect(await readFile(join(dir, 'real.regie'), 'utf8')).toBe('first save');
    expect((await lstat(join(dir, 'alias.regie'))).isSymbolicLink()).toBe(true);
  });
});

describe('a file with several hard links', () => {
  it('is updated in place: every name still shares it, and no backup is left once written', async () => {
    const dir = await folder();
    const first = join(dir, 'plan.regie');
    const second = join(dir, 'plan-shared.regie');
    await writeFile(first, 'old');
    await link(first, second);
    await writeFileAtomic(first, 'new contents, longer than the old');
    expect(await readFile(second, 'utf8')).toBe('new contents, longer than the old');
    expect((await stat(first)).ino).toBe((await stat(second)).ino);
    expect((await stat(first)).nlink).toBe(2);
    await writeFileAtomic(second, 'short');
    expect(await readFile(first, 'utf8')).toBe('short');
    expect((await readdir(dir)).sort()).toEqual(['plan-shared.regie', 'plan.regie']);
  });
});

describe('temporary files of an interrupted save', () => {
  it('are removed at the next save in that folder; a recent one (a save in progress elsewhere) and other files stay', async () => {
    const dir = await folder();
    const stale = join(dir, '.plan.regie.0123456789ab.tmp');
    const recent = join(dir, '.other.regie.ba9876543210.tmp');
    const notOurs = join(dir, '.notes.tmp');
    for (const path of [stale, recent, notOurs]) await writeFile(path, 'x'.repeat(1000));
    const longAgo = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    await utimes(stale, longAgo, longAgo);
    await utimes(notOurs, longAgo, longAgo);
    await writeFileAtomic(join(dir, 'plan.regie'), 'saved');
    expect((await readdir(dir)).sort()).toEqual(['.notes.tmp', '.other.regie.ba9876543210.tmp', 'plan.regie']);
  });
});

/** `regie merge` on real files in a temp folder: what it writes, what it prints, how it exits. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { produce } from 'immer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSnapshotStore } from '../../../main/services/history/index.ts';
import { openProjectText, serializeProject } from '../../../shared/model/document.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { sessionOf, twoVenueEvent } from '../../fixtures/project.ts';
import { tempFolder } from '../../fixtures/temp-files.ts';
import { runCli } from './run-cli.ts';

const base: Project = { ...twoVenueEvent(), history: { projectId: 'journees', revision: 'r1', ancestors: [] } };
/** A copy saved after `base` with one more revision. */
const copy = (revision: string, recipe: (draft: Project) => void): Project =>
  produce(base, (d) => { recipe(d as Project); d.history = { projectId: 'journees', revision, ancestors: ['r1'] }; });

let folder: string;
const previousDataDir = process.env.REGIE_DATA_DIR;
beforeEach(async () => {
  folder = await tempFolder();
  process.env.REGIE_DATA_DIR = join(folder, 'data');
});
afterEach(() => {
  if (previousDataDir === undefined) delete process.env.REGIE_DATA_DIR;
  else process.env.REGIE_DATA_DIR = previousDataDir;
});

async function write(name: string, project: Project): Promise<void> {
  await writeFile(join(folder, name), serializeProject(project));
}
async function read(name: string): Promise<Project> {
  const opened = openProjectText(await readFile(join(folder, name), 'utf8'));
  if (!opened.ok) throw new Error(`${name} does not open`);
  return opened.project;
}

const renamedRoom = copy('mine-2', (d) => { d.rooms[0]!.name = 'Grand amphi'; });
const movedSession = copy('theirs-2', (d) => { sessionOf(d, 'guix').slot = { roomId: 'amphi-a', day: '2025-10-15', start: '09:00' }; });
const titled = (revision: string, title: string) => copy(revision, (d) => { sessionOf(d, 'guix').title = title; });

describe('regie merge', () => {
  it('writes both sides changes and exits 0 when nothing conflicts', async () => {
    await Promise.all([write('base.regie', base), write('mine.regie', renamedRoom), write('theirs.regie', movedSession)]);
    const run = await runCli(['merge', 'mine.regie', 'theirs.regie', '--base', 'base.regie', '--out', 'merged.regie'], folder);
    expect(run.code).toBe(0);
    expect(run.out).toEqual(['1 change taken from theirs.regie.', 'Merge written to merged.regie.']);
    const merged = await read('merged.regie');
    expect(merged.rooms[0]!.name).toBe('Grand amphi');
    expect(sessionOf(merged, 'guix').slot?.day).toBe('2025-10-15');
    expect(merged.history.ancestors.slice(0, 2)).toEqual(['mine-2', 'theirs-2']);
  });

  it('exits 1 with the conflicts as JSON, resolved to mine by default', async () => {
    await Promise.all([write('base.regie', base), write('mine.regie', titled('m', 'Guix (mine)')), write('theirs.regie', titled('t', 'Guix (theirs)'))]);
    const run = await runCli(['merge', 'mine.regie', 'theirs.regie', '--base', 'base.regie', '--out', 'merged.regie', '--json'], folder);
    expect(run.code).toBe(1);
    const printed = JSON.parse(run.out.join('\n'));
    expect(printed.conflicts).toEqual([{ path: 'sessions.guix.title', mine: 'Guix (mine)', theirs: 'Guix (theirs)', base: 'Empaqueter avec Guix' }]);
    expect(printed.taken.sessions).toBe(0);
    expect(sessionOf(await read('merged.regie'), 'guix').title).toBe('Guix (mine)');
  });

  it('resolves every conflict to theirs with --prefer theirs, and lists them in French', async () => {
    await Promise.all([write('base.regie', base), write('mine.regie', titled('m', 'Guix (mine)')), write('theirs.regie', titled('t', 'Guix (theirs)'))]);
    const run = await runCli(['merge', 'mine.regie', 'theirs.regie', '--base', 'base.regie', '--out', 'merged.regie', '--prefer', 'theirs'], folder, 'fr');
    expect(run.code).toBe(1);
    expect(run.out).toContain('1 conflit, résolu en faveur de la leur :');
    expect(run.out).toContain('  Sessions › Guix (mine) › titre : la mienne « Guix (mine) », la leur « Guix (theirs) », avant « Empaqueter avec Guix »');
    expect(sessionOf(await read('merged.regie'), 'guix').title).toBe('Guix (theirs)');
  });

  it('finds the common revision in the snapshots when no --base is given', async () => {
    await createSnapshotStore(join(folder, 'data')).record(base);
    await Promise.all([write('mine.regie', renamedRoom), write('theirs.regie', movedSession)]);
    const run = await runCli(['merge', 'mine.regie', 'theirs.regie', '--out', 'merged.regie'], folder);
    expect(run.code).toBe(0);
    expect(run.out[0]).toBe('Common revision found in the history: r1.');
  });

  it('says it is a two-way merge when no common revision is known, each difference a conflict', async () => {
    await Promise.all([write('mine.regie', renamedRoom), write('theirs.regie', movedSession)]);
    const run = await runCli(['merge', 'mine.regie', 'theirs.regie', '--out', 'merged.regie', '--json'], folder);
    expect(run.code).toBe(1);
    expect(run.err[0]).toMatch(/^No common revision of mine.regie and theirs.regie is known: a two-way merge/);
    expect(JSON.parse(run.out.join('\n')).conflicts.map((c: { path: string }) => c.path)).toEqual(['rooms.amphi-a.name', 'sessions.guix.slot']);
  });

  it('refuses a copy of another project unless --force', async () => {
    const other = { ...movedSession, history: { ...movedSession.history, projectId: 'autre' } };
    await Promise.all([write('base.regie', base), write('mine.regie', renamedRoom), write('theirs.regie', other)]);
    const args = ['merge', 'mine.regie', 'theirs.regie', '--base', 'base.regie', '--out', 'merged.regie'];
    const refused = await runCli(args, folder);
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual(['mine.regie and theirs.regie are two different projects (ids journees and autre): nothing was merged. Add --force to merge them anyway.']);
    await expect(readFile(join(folder, 'merged.regie'))).rejects.toThrow();
    expect((await runCli([...args, '--force'], folder)).code).toBe(0);
  });

  it('exits 2 naming the file that cannot be read', async () => {
    await write('mine.regie', renamedRoom);
    await writeFile(join(folder, 'theirs.regie'), '{ "format": "regie-project", ');
    const run = await runCli(['merge', 'mine.regie', 'theirs.regie', '--out', 'merged.regie'], folder);
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('theirs.regie');
    await expect(readFile(join(folder, 'merged.regie'))).rejects.toThrow();
  });

  it('exits 2 with the usage when --out or a copy is missing, or --prefer is wrong', async () => {
    expect((await runCli(['merge', 'mine.regie'], folder)).err).toEqual([expect.stringMatching(/^Usage: regie merge/)]);
    const wrong = await runCli(['merge', 'a.regie', 'b.regie', '--out', 'c.regie', '--prefer', 'both'], folder);
    expect([wrong.code, wrong.err]).toEqual([2, ['--prefer is “both”: write --prefer mine (the default) or --prefer theirs.']]);
  });
});

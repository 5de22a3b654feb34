import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectFile } from '../../../main/services/project-files.ts';
import { tempFolder } from '../model/fixtures.ts';
import { runCli } from './run-cli.ts';

const SMALL = ['--days', '2', '--rooms', '5', '--sessions', '60', '--participants', '120', '--posters', '20'];

describe('regie generate', () => {
  it('writes a synthetic event of the asked size that opens without repairs', async () => {
    const folder = await tempFolder();
    const run = await runCli(['generate', '--out', 'big.regie', ...SMALL, '--seed', '3'], folder);
    expect(run).toEqual({
      code: 0,
      out: ['Synthetic event written to big.regie: 2 days, 5 rooms, 60 sessions, 120 participants, 20 posters (seed 3).'],
      err: [],
    });
    const opened = await readProjectFile(join(folder, 'big.regie'));
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    expect(opened.repairs).toEqual([]);
    expect(opened.project.participants).toHaveLength(120);
    expect(opened.project.posterHall.posters).toHaveLength(20);
  });

  it('writes the same file for the same seed, and another for another seed', async () => {
    const folder = await tempFolder();
    for (const [file, seed] of [['a.regie', '5'], ['b.regie', '5'], ['c.regie', '6']] as const) {
      expect((await runCli(['generate', '--out', file, ...SMALL, '--seed', seed], folder)).code).toBe(0);
    }
    const [a, b, c] = await Promise.all(['a.regie', 'b.regie', 'c.regie'].map((file) => readFile(join(folder, file), 'utf8')));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it.each([
    [['--days', '0'], 'option --days expects a whole number of at least 1, not “0”.'],
    [['--participants', 'many'], 'option --participants expects a whole number of at least 0, not “many”.'],
    [['--rooms', '2.5'], 'option --rooms expects a whole number of at least 1, not “2.5”.'],
  ])('refuses %j with the reason and its usage, writing nothing', async (args, message) => {
    const folder = await tempFolder();
    const run = await runCli(['generate', '--out', 'x.regie', ...args], folder);
    expect(run.code).toBe(2);
    expect(run.err[0]).toBe(message);
    expect(run.err[1]).toMatch(/^Usage: regie generate --out <file\.regie>/);
    expect((await readProjectFile(join(folder, 'x.regie'))).ok).toBe(false);
  });

  it('shows its usage without --out or with an unknown option', async () => {
    const folder = await tempFolder();
    for (const args of [[], ['--out', 'x.regie', '--weeks', '2']]) {
      const run = await runCli(['generate', ...args], folder);
      expect(run.code).toBe(2);
      expect(run.err).toHaveLength(1);
      expect(run.err[0]).toMatch(/^Usage: regie generate/);
    }
  });
});

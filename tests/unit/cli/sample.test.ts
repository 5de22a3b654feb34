import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectFile } from '../../../main/services/project-files.ts';
import { serializeProject } from '../../../shared/model/document.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import { tempFolder } from '../model/fixtures.ts';
import { runCli } from './run-cli.ts';

describe('regie sample', () => {
  it('writes the reference event, which then validates', async () => {
    const folder = await tempFolder();
    const written = await runCli(['sample', '--out', 's.regie'], folder);
    expect(written).toEqual({ code: 0, out: ['Sample event written to s.regie.'], err: [] });
    expect(await readFile(join(folder, 's.regie'), 'utf8')).toBe(serializeProject(sampleProject()));
    const validated = await runCli(['validate', 's.regie'], folder);
    expect(validated.code).toBe(0);
    expect(validated.out[0]).toMatch(/^s\.regie: valid Régie project \(format 2\) — \d+ sessions, \d+ rooms, \d+ participants, 35 posters\.$/);
    const opened = await readProjectFile(join(folder, 's.regie'));
    expect(opened.ok && opened.repairs).toEqual([]);
  });

  it('never replaces an existing file unless told to with --force', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'mine.regie'), 'my own plan');
    const refused = await runCli(['sample', '--out', 'mine.regie'], folder);
    expect(refused).toEqual({
      code: 1,
      out: [],
      err: ['mine.regie already exists: nothing was written. Choose another name, or add --force to replace it.'],
    });
    expect(await readFile(join(folder, 'mine.regie'), 'utf8')).toBe('my own plan');
    expect((await runCli(['sample', '--out', 'mine.regie', '--force'], folder)).code).toBe(0);
    expect((await readProjectFile(join(folder, 'mine.regie'))).ok).toBe(true);
  });

  it('says where it cannot write', async () => {
    const run = await runCli(['sample', '--out', join('no-such-folder', 's.regie')], await tempFolder());
    expect(run.code).toBe(1);
    expect(run.err).toEqual([`${join('no-such-folder', 's.regie')}: the folder does not exist. Choose another place.`]);
  });

  it.each([[[]], [['--out']], [['s.regie']], [['--out', 's.regie', '--verbose']]])('shows its usage for %j and exits 2', async (args) => {
    const run = await runCli(['sample', ...args], await tempFolder());
    expect(run).toEqual({ code: 2, out: [], err: ['Usage: regie sample --out <file.regie> [--force]'] });
  });
});

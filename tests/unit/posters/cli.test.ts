/** `regie posters`: board list in walking order, --assign keeping pins, --json, --import, --out, and its exit codes. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../model/fixtures.ts';
import { runCli } from '../cli/run-cli.ts';

async function sampleFolder(): Promise<string> {
  const folder = await tempFolder();
  expect((await runCli(['sample', '--out', 's.regie'], folder)).code).toBe(0);
  return folder;
}

describe('regie posters', () => {
  it('prints the sample’s boards in walking order with presenters by name and the quality figure; exit 0', async () => {
    const run = await runCli(['posters', 's.regie'], await sampleFolder());
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(/^Board 1A \(prime\) — .+ — [A-ZÀ-Ž][^ ]+ [^ ]+ — Données longitudinales.* ★ highlighted$/);
    expect(run.out.join('\n')).not.toContain('person-poster-presenter');
    expect(run.out.at(-1)).toBe('Quality — theme changes: 3; highlighted off prime spots: 0; presenters split: 0; needs not met: 0; penalty: 0 (0 = perfect).');
  });

  it('assigns with --assign, keeps a pinned poster, gives JSON and writes the project with --out', async () => {
    const folder = await sampleFolder();
    const doc = JSON.parse(await readFile(join(folder, 's.regie'), 'utf8'));
    for (const poster of doc.posterHall.posters) poster.boardFaceId = null;
    doc.posterHall.posters[5].boardFaceId = 'board-20-B';
    doc.posterHall.posters[5].pinned = true;
    await writeFile(join(folder, 's.regie'), JSON.stringify(doc));
    const run = await runCli(['posters', 's.regie', '--assign', '--json', '--out', 'assigned.regie'], folder);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out.join('\n'));
    expect(result.assignments).toHaveLength(35);
    expect(result.assignments).toContainEqual({ posterId: doc.posterHall.posters[5].id, boardNumber: 20, faceId: 'board-20-B' });
    expect(result.quality).toMatchObject({ unassigned: 0, missingFaces: 0 });
    expect(result.problems).toEqual([]);
    const written = JSON.parse(await readFile(join(folder, 'assigned.regie'), 'utf8'));
    expect(written.posterHall.posters.every((p: { boardFaceId: string | null }) => p.boardFaceId !== null)).toBe(true);
  });

  it('exits 1 when the hall is too small, saying by how many faces', async () => {
    const folder = await sampleFolder();
    const doc = JSON.parse(await readFile(join(folder, 's.regie'), 'utf8'));
    doc.posterHall.boards = doc.posterHall.boards.slice(0, 15);
    await writeFile(join(folder, 's.regie'), JSON.stringify(doc));
    const run = await runCli(['posters', 's.regie', '--assign'], folder);
    expect(run.code).toBe(1);
    expect(run.err).toContain('The hall is too small — faces missing: 5 (posters: 35, faces: 30). Add boards to the plan.');
  });

  it('imports a poster list with --import and reports its bad rows by row number', async () => {
    const folder = await sampleFolder();
    await writeFile(join(folder, 'list.csv'), 'Title,Presenters,Theme\nA new poster,Nobody Known,\n,x,\n');
    const run = await runCli(['posters', 's.regie', '--import', 'list.csv', '--assign', '--json'], folder);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out.join('\n'));
    expect(result.assignments).toHaveLength(36);
    expect(result.problems.map((p: { row: number; code: string }) => [p.row, p.code])).toEqual([
      [2, 'posters:import.unknownPresenter'],
      [3, 'posters:import.titleMissing'],
    ]);
    expect(run.err[0]).toBe('List “list.csv”: Rows read: 2 — posters added: 1, updated: 0, rejected: 1; rows skipped: 0.');
  });

  it('exits 2 for a file that cannot be read', async () => {
    const folder = await sampleFolder();
    expect((await runCli(['posters', 'missing.regie'], folder)).code).toBe(2);
    await writeFile(join(folder, 'list.xls'), 'old');
    const run = await runCli(['posters', 's.regie', '--import', 'list.xls'], folder);
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('list.xls');
  });
});

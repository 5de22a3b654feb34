/** Names, never ids: every workbook and the badge list of the sample read back cell by cell, and `regie check` on people. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../../main/services/project-files.ts';
import { fullName } from '../../../shared/model/people.ts';
import { toMinutes } from '../../../shared/model/time.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import { idsIn, projectIds } from '../../fixtures/ids-in-text.ts';
import { runCli } from '../cli/run-cli.ts';
import { exportAndRead, sheet } from './read-back.ts';

const project = sampleProject();
const ids = projectIds(project);

describe.each(['fr', 'en'] as const)('the sample’s workbooks (%s)', (language) => {
  it('name people, sessions, rooms, tours and posters in every cell, never by id', async () => {
    const { folder, files, books } = await exportAndRead(project, language);
    const found: string[] = [];
    let cells = 0;
    for (const [workbook, wb] of books) {
      wb.eachSheet((ws) => {
        const { oddHeader, oddFooter } = ws.headerFooter;
        for (const id of idsIn(`${ws.name} ${oddHeader ?? ''} ${oddFooter ?? ''}`, ids)) found.push(`${workbook} › ${ws.name}: ${id}`);
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            cells += 1;
            for (const id of idsIn(cell.text, ids)) found.push(`${workbook} › ${ws.name}!${cell.address}: ${id}`);
          }),
        );
      });
    }
    for (const csv of files.filter((f) => f.endsWith('.csv'))) {
      for (const id of idsIn(await readFile(join(folder, csv), 'utf8'), ids)) found.push(`${csv}: ${id}`);
    }
    expect(found).toEqual([]);
    expect(cells).toBeGreaterThan(1000);
  });

  it('give each poster’s presenters by name', async () => {
    const { books } = await exportAndRead(project, language, ['posters']);
    const first = project.posterHall.posters.find((p) => p.boardFaceId === 'board-01-A')!;
    const presenter = project.people.find((p) => p.id === first.presenters[0])!;
    const boards = books.get('posters')!.worksheets[0]!;
    expect(sheet(books.get('posters'), boards.name).getRow(2).getCell(3).text).toBe(first.title);
    expect(boards.getRow(2).getCell(4).text).toBe(fullName(presenter));
  });
});

describe('regie check', () => {
  it('names a person booked in two places at once, never by id', async () => {
    const booked = sampleProject();
    // Two sessions of the sample that run at the same time in different rooms: the first's speaker joins the second.
    const placed = booked.sessions.filter((s) => s.slot && s.people.length > 0 && s.parentId === null);
    const span = (s: (typeof placed)[number]) => [toMinutes(s.slot!.start), toMinutes(s.slot!.start) + s.durationMinutes] as const;
    const [a, b] = placed.flatMap((x) => placed.filter((y) => y !== x && y.slot!.day === x.slot!.day && y.slot!.roomId !== x.slot!.roomId
      && span(x)[0] < span(y)[1] && span(y)[0] < span(x)[1]).map((y) => [x, y] as const))[0]!;
    b.people.push({ personId: a.people[0]!.personId, role: 'speaker' });
    const person = booked.people.find((p) => p.id === a.people[0]!.personId)!;
    const folder = await mkdtemp(join(tmpdir(), 'regie-names-'));
    await writeProjectFile(join(folder, 'booked.regie'), booked);
    for (const language of ['fr', 'en'] as const) {
      const run = await runCli(['check', 'booked.regie'], folder, language);
      const text = [...run.out, ...run.err].join('\n');
      expect(text).toContain(fullName(person));
      expect(idsIn(text, projectIds(booked))).toEqual([]);
    }
  });
});

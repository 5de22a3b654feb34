/** The sample event's workbooks, checked against the project, then opened by a second reader: LibreOffice prints each to PDF. */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleProject } from '../../../shared/sample/index.ts';
import { frenchCollator } from '../../../shared/model/people.ts';
import { exportAndRead, rowsOf, type Exported } from './read-back.ts';

const run = promisify(execFile);
const project = sampleProject();
let exported: Exported;
beforeAll(async () => {
  exported = await exportAndRead(project, 'fr');
});

describe('sample event workbooks', () => {
  it('list every placed session, every participant and every tour group of the project', () => {
    const placed = project.sessions.filter((s) => s.slot).length;
    const list = exported.books.get('timetable')!.getWorksheet('Sessions')!;
    expect(rowsOf(list, 2)).toHaveLength(placed);
    const reception = exported.books.get('reception')!.worksheets[0]!;
    expect(rowsOf(reception, 2)).toHaveLength(project.participants.length);
    const groups = project.tours.flatMap((t) => t.groups);
    expect(rowsOf(exported.books.get('tours')!.worksheets[0]!, 2)).toHaveLength(groups.length);
    expect(exported.books.get('tours')!.worksheets).toHaveLength(groups.length + 1);
  });

  it('give each room a door sheet for each day it is used', () => {
    const used = new Set(project.sessions.filter((s) => s.slot).map((s) => `${s.slot!.roomId} ${s.slot!.day}`));
    expect(exported.books.get('rooms')!.worksheets).toHaveLength(used.size);
  });

  it('sort the reception list in French order', () => {
    const names = rowsOf(exported.books.get('reception')!.worksheets[0]!, 2).map((r) => String(r[0]));
    expect(names).toEqual([...names].sort(frenchCollator.compare));
    const accented = names.findIndex((n) => /^É/.test(n));
    if (accented >= 0) expect(names.slice(accented).some((n) => /^[F-Z]/.test(n))).toBe(true);
  });
});

describe('LibreOffice (a second, independent reader)', () => {
  it('converts every workbook of the sample to a PDF with at least one page', async () => {
    const soffice = await run('soffice', ['--version']).catch(() => null);
    if (!soffice) {
      throw new Error('LibreOffice (soffice) is not installed: install it with `apt-get install -y libreoffice-calc-nogui poppler-utils`; CI installs it.');
    }
    const out = await mkdtemp(join(tmpdir(), 'regie-pdf-'));
    // A profile of its own, so this run never waits on another LibreOffice that is open on the machine.
    const profile = pathToFileURL(await mkdtemp(join(tmpdir(), 'regie-lo-profile-'))).href;
    const workbooks = exported.files.filter((f) => f.endsWith('.xlsx')).map((f) => join(exported.folder, f));
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...workbooks], { timeout: 170_000 });
    const pdfs = (await readdir(out)).sort();
    expect(pdfs).toEqual(exported.files.filter((f) => f.endsWith('.xlsx')).map((f) => f.replace(/\.xlsx$/, '.pdf')).sort());
    for (const pdf of pdfs) {
      const text = (await readFile(join(out, pdf))).toString('latin1');
      const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, pdf).toBeGreaterThanOrEqual(1);
    }
  }, 180_000);
});

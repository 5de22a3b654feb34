import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../main/cli.ts';
import { readProjectFile, writeProjectFile } from '../../../main/services/project-files.ts';
import { eventWithOptions } from './event.ts';
import { tempFolder, writeFrenchExcelCsv } from './files.ts';

async function regie(cwd: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args, '--lang', 'en'], { out: (l) => out.push(l), err: (l) => err.push(l), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('regie import', () => {
  it('prints rows read, imported, updated, merged and rejected with reasons, and writes the project and report', async () => {
    const folder = await tempFolder();
    await writeProjectFile(join(folder, 'event.regie'), eventWithOptions());
    await writeFrenchExcelCsv(folder);
    const result = await regie(folder, 'import', 'event.regie', 'inscrits-excel.csv', '--out', 'after.regie', '--report', 'report.csv');
    expect(result.code).toBe(1);
    expect(result.out).toContain('Read: inscrits-excel.csv (sheet “inscrits-excel”, header on row 3, encoding Windows-1252, separator “;”)');
    expect(result.out).toContain('Rows read: 3\nImported (new): 2\nUpdated: 0\nUnchanged: 0\nDuplicates merged: 0\nRejected: 1');
    expect(result.out).toContain('✖ row 7, column “Courriel”: “juergen.mueller@inria” is not an e-mail address.');
    expect(result.out).toContain('What the import changes in the plan: no new problem.');
    expect(result.out).toContain('Project written: after.regie');
    const written = await readProjectFile(join(folder, 'after.regie'));
    expect(written.ok && written.project.participants.map((p) => p.lastName)).toEqual(['Lefèvre', 'Cœur']);
    const report = await readFile(join(folder, 'report.csv'), 'utf8');
    expect(report).toContain('7,Courriel,juergen.mueller@inria,rejected,');

    const again = await regie(folder, 'import', 'after.regie', 'inscrits-excel.csv');
    expect(again.out).toContain('Imported (new): 0\nUpdated: 0\nUnchanged: 2');
    expect(again.out).toContain('Nothing was written');
  });

  it('says what is wrong with the command line, a missing file or a bad mapping, without a stack trace', async () => {
    const folder = await tempFolder();
    await writeProjectFile(join(folder, 'event.regie'), eventWithOptions());
    expect(await regie(folder, 'import', 'event.regie')).toMatchObject({ code: 2, err: expect.stringContaining('Usage: regie import') });
    expect(await regie(folder, 'import', 'event.regie', 'none.csv')).toMatchObject({ code: 2, err: 'none.csv: file not found. Check its name and folder.' });
    await writeFrenchExcelCsv(folder);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(folder, 'm.json'), '{"name": "x", "columns": {"lastName": "Nom", "notes": "Courriel"}}');
    const noEmail = await regie(folder, 'import', 'event.regie', 'inscrits-excel.csv', '--mapping', 'm.json');
    expect(noEmail.code).toBe(1);
    expect(noEmail.out).toContain('Courriel → Notes');
    expect(noEmail.out).toContain('no column is mapped to the e-mail');
    await writeFile(join(folder, 'bad.json'), '{"name": ');
    expect(await regie(folder, 'import', 'event.regie', 'inscrits-excel.csv', '--mapping', 'bad.json')).toMatchObject({ code: 2, err: expect.stringContaining('Column mapping unreadable (bad.json)') });
  });
});

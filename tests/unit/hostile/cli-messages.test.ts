/** The CLI names what went wrong when it cannot write (no folder, a file in the way, read-only, disk full): never a raw key or errno. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../../main/services/project-files.ts';
import { writeProblem } from '../../../main/services/write-problem.ts';
import { createI18n, describeProblem } from '../../../shared/i18n/index.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import { runCli } from '../cli/run-cli.ts';
import { eventWithOptions } from '../../fixtures/project.ts';
import { tempFolder, writeFrenchExcelCsv } from '../import/files.ts';

const RAW = /Unexpected|model:|files:|E[A-Z]{3,}|mkdir/;

async function importFolder(): Promise<string> {
  const folder = await tempFolder();
  await writeProjectFile(join(folder, 'event.regie'), eventWithOptions());
  await writeFrenchExcelCsv(folder);
  return folder;
}

describe('regie import --out / --report somewhere it cannot write', () => {
  it('a missing folder for --out: says which folder, in English and French, exit 2', async () => {
    const folder = await importFolder();
    const en = await runCli(['import', 'event.regie', 'inscrits-excel.csv', '--out', 'nowhere/after.regie'], folder);
    expect(en.code).toBe(2);
    expect(en.err.join('\n')).toBe('nowhere/after.regie: the folder does not exist. Choose another place.');
    const fr = await runCli(['import', 'event.regie', 'inscrits-excel.csv', '--out', 'nowhere/after.regie'], folder, 'fr');
    expect(fr.err.join('\n')).toBe('nowhere/after.regie : le dossier n’existe pas. Choisissez un autre emplacement.');
  });

  it('a file where the folder of --report should be: says it is a file', async () => {
    const folder = await importFolder();
    await writeFile(join(folder, 'reports'), 'not a folder');
    const result = await runCli(['import', 'event.regie', 'inscrits-excel.csv', '--report', 'reports/report.csv'], folder);
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toBe('reports/report.csv: “reports” is a file, not a folder: nothing was written. Choose a folder.');
    expect(result.err.join('\n')).not.toMatch(RAW);
  });
});

describe('regie export --out at a file', () => {
  it('an existing file as the output folder: says it exists and is not a folder, exit 2', async () => {
    const folder = await tempFolder();
    await writeProjectFile(join(folder, 'event.regie'), sampleProject());
    await writeFile(join(folder, 'workbooks'), 'a file');
    const result = await runCli(['export', 'event.regie', '--out', 'workbooks'], folder);
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toBe('workbooks: workbooks already exists and is not a folder: nothing was written. Choose another folder name.');
  });
});

describe('a full disk or a read-only folder, in both languages', () => {
  it('EACCES and EROFS read as “may not write”, naming the folder', () => {
    const en = createI18n('en');
    for (const code of ['EACCES', 'EROFS']) {
      const problem = writeProblem(Object.assign(new Error(code), { code }), '/srv/shared/locked/report.csv', 'locked/report.csv');
      expect(describeProblem(en.t.bind(en), problem)).toBe('locked/report.csv: Régie may not write in “locked”: nothing was written. Choose another folder.');
    }
  });

  it('ENOSPC reads as “the disk is full”, naming the folder', () => {
    const problem = writeProblem(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }), '/media/usb/reports/report.csv', 'report.csv');
    const en = createI18n('en');
    const fr = createI18n('fr');
    expect(describeProblem(en.t.bind(en), problem)).toBe('report.csv: the disk is full: nothing was written in “reports”. Free some space, then try again.');
    expect(describeProblem(fr.t.bind(fr), problem)).toBe('report.csv : le disque est plein : rien n’a été écrit dans « reports ». Libérez de la place, puis recommencez.');
  });
});

/** `regie export`: the workbooks from a project file, in the language asked, only those asked; clear errors otherwise. */
import ExcelJS from 'exceljs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../../main/services/project-files.ts';
import { exportEvent } from '../../fixtures/project.ts';
import { runCli } from '../cli/run-cli.ts';

async function projectFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'regie-cli-export-'));
  await writeProjectFile(join(folder, 'plan.regie'), exportEvent());
  return folder;
}

describe('regie export', () => {
  it('writes only the workbooks asked for, in English, into a folder it creates', async () => {
    const folder = await projectFolder();
    const run = await runCli(['export', 'plan.regie', '--out', 'venue', '--only', 'rooms,reception'], folder, 'en');
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([
      'Written: JT 2025 - Room sheets.xlsx',
      'Written: JT 2025 - Reception.xlsx',
      'Written: JT 2025 - Badges.csv',
      '3 files written to venue.',
    ]);
    expect((await readdir(join(folder, 'venue'))).sort()).toEqual(['JT 2025 - Badges.csv', 'JT 2025 - Reception.xlsx', 'JT 2025 - Room sheets.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(join(folder, 'venue', 'JT 2025 - Reception.xlsx'))) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('Last name');
  });

  it('speaks French with --lang fr, sheets included', async () => {
    const folder = await projectFolder();
    const run = await runCli(['export', 'plan.regie', '--out', 'lieu', '--only', 'catering'], folder, 'fr');
    expect(run.out).toEqual(['Écrit : JT 2025 - Restauration.xlsx', '1 fichier écrit dans lieu.']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(join(folder, 'lieu', 'JT 2025 - Restauration.xlsx'))) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Pauses et repas', 'Régimes et allergies']);
  });

  it('refuses an unknown workbook name, listing the possible ones, and writes nothing', async () => {
    const folder = await projectFolder();
    const run = await runCli(['export', 'plan.regie', '--out', 'venue', '--only', 'rooms,menus'], folder);
    expect(run.code).toBe(2);
    expect(run.err).toEqual(['Unknown workbook “menus” in --only. Possible workbooks: timetable,rooms,setup,catering,tours,posters,reception.']);
    expect(await readdir(folder)).toEqual(['plan.regie']);
  });

  it('shows its usage when --out is missing, and says which file is missing', async () => {
    const folder = await projectFolder();
    const usage = await runCli(['export', 'plan.regie'], folder);
    expect(usage.code).toBe(2);
    expect(usage.err[0]).toMatch(/^Usage: regie export <project.regie> --out <folder>/);
    const missing = await runCli(['export', 'nowhere.regie', '--out', 'venue'], folder);
    expect(missing.code).toBe(2);
    expect(missing.err.join('\n')).toContain('nowhere.regie');
    expect(missing.err.join('\n')).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

/** The Exports view: every workbook of the sample, exported through the view into the folder the dialog gives. */
import ExcelJS from 'exceljs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test, expect } from './harness.ts';

const tempFolder = () => mkdtemp(join(tmpdir(), 'regie-e2e-exports-'));

test('exports all workbooks of the sample into the chosen folder, then offers to show it', async ({ openRegie }) => {
  const folder = await tempFolder();
  const { page, dialogs } = await openRegie({ language: 'en', dialogs: { folder: [folder] } });
  await page.getByRole('tab', { name: 'Exports' }).click();
  const view = page.getByRole('tabpanel');
  await expect(view.locator('.workbook-card')).toHaveCount(7);
  await expect(view.locator('[data-workbook="reception"]')).toContainText('Reception.xlsx');
  await expect(view.locator('[data-workbook="rooms"] .workbook-card__counts')).toContainText(/\d+ sheets/);

  await view.getByRole('button', { name: 'Export 7 workbooks…' }).click();
  await expect(view.getByRole('status')).toContainText(`8 files written to “${basename(folder)}”`);
  const files = (await readdir(folder)).sort();
  expect(files.filter((f) => f.endsWith('.xlsx'))).toHaveLength(7);
  expect(files.some((f) => f.endsWith('Badges.csv'))).toBe(true);
  for (const file of files.filter((f) => f.endsWith('.xlsx'))) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(join(folder, file))) as unknown as ArrayBuffer);
    expect(wb.worksheets.length, file).toBeGreaterThan(0);
  }

  await view.getByRole('button', { name: 'Show folder' }).click();
  await expect.poll(() => dialogs.revealed).toEqual([folder]);
});

test('exports only the ticked workbooks, in the language chosen for them', async ({ openRegie }) => {
  const folder = await tempFolder();
  const { page } = await openRegie({ language: 'en', dialogs: { folder: [folder] } });
  await page.getByRole('tab', { name: 'Exports' }).click();
  const view = page.getByRole('tabpanel');
  await view.getByLabel('All workbooks').uncheck();
  await expect(view.getByRole('button', { name: 'Export 0 workbooks…' })).toBeDisabled();
  await view.locator('[data-workbook="rooms"]').getByRole('checkbox').check();
  await view.getByLabel('Language of the workbooks').selectOption('fr');
  await expect(view.locator('[data-workbook="rooms"]')).toContainText('Affiches de salle.xlsx');
  await view.getByRole('button', { name: 'Export 1 workbook…' }).click();
  await expect(view.getByRole('status')).toContainText('1 file written');
  expect(await readdir(folder)).toEqual(['PEPR SantéNum 2025 - Affiches de salle.xlsx']);
});

test('says nothing was written when the folder dialog is cancelled', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  await page.getByRole('tab', { name: 'Exports' }).click();
  const view = page.getByRole('tabpanel');
  await view.getByRole('button', { name: 'Export 7 workbooks…' }).click();
  await expect(view.getByRole('status')).toHaveText('Export cancelled: no folder was chosen, nothing was written.');
});

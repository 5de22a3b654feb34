/** The Exports view: every workbook of the sample, exported through the view into the folder the dialog gives. */
import ExcelJS from 'exceljs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { findConflicts } from '../../shared/rules/index.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { test, expect } from './harness.ts';
import { ExportsPage } from './pages/exports.ts';
import { ProblemsPage } from './pages/problems.ts';
import { coloursOf, READABLE } from './support/colours.ts';

const tempFolder = () => mkdtemp(join(tmpdir(), 'regie-e2e-exports-'));

test('exports all workbooks of the sample into the chosen folder, then offers to show it', async ({ openRegie }) => {
  const folder = await tempFolder();
  const { page, dialogs } = await openRegie({ language: 'en', dialogs: { folder: [folder] } });
  const exports = new ExportsPage(page);
  await exports.open();
  await expect(exports.cards()).toHaveCount(7);
  await expect(exports.card('reception')).toContainText('Reception.xlsx');
  await expect(exports.card('rooms').locator('.workbook-card__counts')).toContainText(/\d+ sheets/);

  await exports.button('Export 7 workbooks…').click();
  await expect(exports.status()).toContainText(`8 files written to “${basename(folder)}”`);
  const files = (await readdir(folder)).sort();
  expect(files.filter((f) => f.endsWith('.xlsx'))).toHaveLength(7);
  expect(files.some((f) => f.endsWith('Badges.csv'))).toBe(true);
  for (const file of files.filter((f) => f.endsWith('.xlsx'))) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(join(folder, file))) as unknown as ArrayBuffer);
    expect(wb.worksheets.length, file).toBeGreaterThan(0);
  }

  await exports.button('Show folder').click();
  await expect.poll(() => dialogs.revealed).toEqual([folder]);
});

test('exports only the ticked workbooks, in the language chosen for them', async ({ openRegie }) => {
  const folder = await tempFolder();
  const { page } = await openRegie({ language: 'en', dialogs: { folder: [folder] } });
  const exports = new ExportsPage(page);
  await exports.open();
  await exports.allWorkbooks().uncheck();
  await expect(exports.button('Export 0 workbooks…')).toBeDisabled();
  await exports.card('rooms').getByRole('checkbox').check();
  await exports.language().selectOption('fr');
  await expect(exports.card('rooms')).toContainText('Affiches de salle.xlsx');
  await exports.button('Export 1 workbook…').click();
  await expect(exports.status()).toContainText('1 file written');
  expect(await readdir(folder)).toEqual(['PEPR SantéNum 2025 - Affiches de salle.xlsx']);
});

test('says nothing was written when the folder dialog is cancelled', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  const exports = new ExportsPage(page);
  await exports.open();
  await exports.button('Export 7 workbooks…').click();
  await expect(exports.status()).toHaveText('Export cancelled: no folder was chosen, nothing was written.');
});

test('the export button keeps its label readable under the pointer and with the keyboard', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  const exports = new ExportsPage(page);
  await exports.open();
  const button = exports.button('Export 7 workbooks…');
  const resting = await coloursOf(button);
  expect(resting.text).toBe('rgb(255, 255, 255)');

  await button.hover();
  await expect.poll(async () => (await coloursOf(button)).background).not.toBe(resting.background);
  const hovered = await coloursOf(button);
  expect(hovered.text).toBe('rgb(255, 255, 255)');
  expect(hovered.contrast).toBeGreaterThanOrEqual(READABLE);

  await page.mouse.move(0, 0);
  await button.focus();
  await expect(button).toBeFocused();
  const focused = await coloursOf(button);
  expect(focused.text).not.toBe(focused.background);
  expect(focused.contrast).toBeGreaterThanOrEqual(READABLE);
});

test('with errors open, the view lists them before writing: go to the problems, or export anyway', async ({ openRegie }) => {
  const folder = await tempFolder();
  // The sample with the reproducibility keynote put where the poster session is: one room booked twice.
  const project = sampleProject();
  const posters = project.sessions.find((s) => s.slot && s.title.startsWith('Session posters'))!;
  project.sessions.find((s) => s.id === 'session-keynote-maumet')!.slot = { ...posters.slot! };
  const projectFile = join(folder, 'double.regie');
  await writeFile(projectFile, JSON.stringify(project));
  const out = join(folder, 'workbooks');
  await mkdir(out);
  const { page, dialogs } = await openRegie({ language: 'en', projectFile, dialogs: { folder: [out] } });

  const exports = new ExportsPage(page);
  await exports.open();
  await exports.button('Export 7 workbooks…').click();
  const warning = exports.openErrors();
  // The same errors as the rule engine finds (the double booking, and what the keynote lacks in the hall).
  const errors = findConflicts(project).filter((c) => c.severity === 'error').length;
  expect(errors).toBeGreaterThan(1);
  await expect(warning).toContainText(new RegExp(`^${errors} errors are still open in the programme`));
  await expect(warning.getByRole('listitem')).toHaveCount(errors);
  await expect(warning.getByRole('listitem').filter({ hasText: 'Session posters' }).first()).toContainText('Reproductibilité');
  // Nothing asked, nothing written yet.
  expect(dialogs.folder).toEqual([out]);
  expect(await readdir(out)).toEqual([]);

  await warning.getByRole('button', { name: 'Go to the problems' }).click();
  const problems = new ProblemsPage(page);
  await expect(problems.viewTab()).toHaveAttribute('aria-selected', 'true');
  await expect(problems.ruleGroup(/Room double-booked/)).toBeVisible();

  await exports.open();
  await exports.button('Export 7 workbooks…').click();
  await exports.openErrors().getByRole('button', { name: 'Export anyway' }).click();
  await expect(exports.status()).toContainText(`8 files written to “workbooks”`);
  await expect(exports.openErrors()).toHaveCount(0);
  expect((await readdir(out)).filter((f) => f.endsWith('.xlsx'))).toHaveLength(7);
});

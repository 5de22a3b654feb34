/** Work is never lost: closing asks about unsaved changes, a crash leaves a recovery copy, a colleague's save is not overwritten. */
import { access, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness.ts';
import { serializeProject } from '../../shared/model/document.ts';
import type { Project } from '../../shared/model/schema.ts';
import { stampRevision } from '../../shared/model/revisions.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { MergeReviewPage } from './pages/merge-review.ts';

/** The sample in a file of its own; the snapping (5 minutes) is the project setting these tests change. */
async function planFile(): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'regie-save-safety-')), 'lille.regie');
  await writeFile(file, serializeProject(sampleProject()));
  return file;
}

const snapOf = async (file: string) => (JSON.parse(await readFile(file, 'utf8')) as Project).settings.snapMinutes;
const exists = (file: string) => access(file).then(() => true, () => false);

/** One undoable change to the project: the grid snaps to 15 minutes. */
async function change(page: Page): Promise<void> {
  await page.getByLabel('Snap to').selectOption('15');
  await expect(page).toHaveTitle('Régie — lille.regie •');
}

test('closing with unsaved changes asks; Cancel keeps the work, Save writes it and closes', async ({ openRegie }) => {
  const file = await planFile();
  const { page, menu, closed } = await openRegie({ projectFile: file, language: 'en' });
  await change(page);

  await menu('close');
  const question = page.getByRole('alertdialog', { name: 'Unsaved changes' });
  await expect(question).toContainText('lille.regie has unsaved changes. Save them before closing Régie?');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  expect(closed()).toBe(false);
  await expect(page.getByLabel('Snap to')).toHaveValue('15');
  await expect(page).toHaveTitle('Régie — lille.regie •');

  await menu('close');
  await question.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(closed).toBe(true);
  expect(await snapOf(file)).toBe(15);
});

test('closing or opening the sample with unsaved changes: Don’t save drops them, the file stays as it was', async ({ openRegie }) => {
  const file = await planFile();
  const before = await readFile(file, 'utf8');
  const { page, menu, closed } = await openRegie({ projectFile: file, language: 'fr' });
  await page.getByLabel('Aimanter à').selectOption('15');
  await page.getByRole('button', { name: 'Exemple', exact: true }).click();
  const question = page.getByRole('alertdialog', { name: 'Modifications non enregistrées' });
  await expect(question).toContainText('lille.regie a des modifications non enregistrées. Les enregistrer avant d’ouvrir un autre projet ?');
  await question.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByLabel('Aimanter à')).toHaveValue('15');

  await menu('close');
  await question.getByRole('button', { name: 'Ne pas enregistrer' }).click();
  await expect.poll(closed).toBe(true);
  expect(await readFile(file, 'utf8')).toBe(before);
});

test('after a crash, the next start offers the recovery copy, saying when it was made, and brings the work back', async ({ openRegie }) => {
  const file = await planFile();
  const first = await openRegie({ projectFile: file, language: 'en' });
  await change(first.page);
  const copy = join(first.userData, 'recovery', 'recovery.regie');
  // The copy is written a moment after the change, in the main process: wait for it, then drop the page unsaved.
  await expect.poll(async () => ((await exists(copy)) ? snapOf(copy) : null)).toBe(15);
  await first.page.close({ runBeforeUnload: false });

  const { page } = await openRegie({ projectFile: file, language: 'en', userData: first.userData });
  const offer = page.getByRole('alertdialog', { name: 'Unsaved work found' });
  await expect(offer).toContainText(/A recovery copy of lille\.regie was made on \w+day \d+ \w+ at \d\d:\d\d/);
  await offer.getByRole('button', { name: 'Reopen the recovery copy' }).click();
  await expect(page.getByLabel('Snap to')).toHaveValue('15');
  await expect(page).toHaveTitle('Régie — lille.regie •');
  expect(await snapOf(file)).toBe(5);

  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('Régie — lille.regie');
  expect(await snapOf(file)).toBe(15);
  await expect.poll(() => exists(copy)).toBe(false);
});

test('saving over a file someone else changed asks first and overwrites nothing until told to', async ({ openRegie }) => {
  const file = await planFile();
  const { page } = await openRegie({ projectFile: file, language: 'en' });
  await change(page);
  const colleague = sampleProject();
  colleague.event.name = 'Changed by a colleague';
  const theirs = serializeProject(colleague);
  await writeFile(file, theirs);

  await page.keyboard.press('Control+s');
  const question = page.getByRole('alertdialog', { name: 'File changed by someone else' });
  await expect(question).toContainText('lille.regie was changed on disk since you opened it');
  for (const choice of ['Merge their changes', 'Save as…', 'Overwrite', 'Cancel']) await expect(question.getByRole('button', { name: choice })).toBeVisible();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  expect(await readFile(file, 'utf8')).toBe(theirs);
  await expect(page).toHaveTitle('Régie — lille.regie •');

  await page.keyboard.press('Control+s');
  await question.getByRole('button', { name: 'Overwrite' }).click();
  await expect(page).toHaveTitle('Régie — lille.regie');
  const saved = JSON.parse(await readFile(file, 'utf8')) as Project;
  expect(saved.settings.snapMinutes).toBe(15);
  expect(saved.event.name).not.toBe('Changed by a colleague');
});

test('"Merge their changes" reviews their saved file, and once merged the save keeps both sides', async ({ openRegie }) => {
  const file = await planFile();
  const { page } = await openRegie({ projectFile: file, language: 'en' });
  // A first save gives the file a revision, kept as a snapshot: the version both sides will come from.
  await page.keyboard.press('Control+s');
  await expect.poll(async () => (JSON.parse(await readFile(file, 'utf8')) as Project).history.revision).not.toBe('');
  const colleague = stampRevision(JSON.parse(await readFile(file, 'utf8')) as Project, { revision: 'their-save', projectId: 'unused' });
  colleague.event.name = 'Changed by a colleague';
  await change(page);
  await writeFile(file, serializeProject(colleague));

  await page.keyboard.press('Control+s');
  await page.getByRole('alertdialog', { name: 'File changed by someone else' }).getByRole('button', { name: 'Merge their changes' }).click();
  const review = new MergeReviewPage(page);
  await expect(review.dialog()).toBeVisible();
  await review.apply().click();
  await expect(page).toHaveTitle('Régie — lille.regie');
  const saved = JSON.parse(await readFile(file, 'utf8')) as Project;
  expect(saved.event.name).toBe('Changed by a colleague');
  expect(saved.settings.snapMinutes).toBe(15);
});

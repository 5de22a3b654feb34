/** The window around the views: what opens at start, language, tabs, opening a bad file, save as. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './harness.ts';
import { openProjectText } from '../../shared/model/document.ts';
import { projectSchema } from '../../shared/model/schema.ts';
import { sampleProject } from '../../shared/sample/index.ts';

const EVENT_NAME = 'Journées annuelles du PEPR Santé Numérique 2025';

const tempFolder = () => mkdtemp(join(tmpdir(), 'regie-shell-'));

test('the sample opens on first start, with its days, rooms and sessions', async ({ openRegie }) => {
  const { page } = await openRegie();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EVENT_NAME);
  await expect(page.locator('.summary__days time')).toHaveText([/13 octobre/i, /14 octobre/i, /15 octobre/i]);
  await expect(page.locator('.summary__counts')).toContainText('35 posters');
  await expect(page).toHaveTitle('Régie — Sans titre');

  const timetable = page.getByRole('tabpanel', { name: 'Programme' });
  await expect(timetable.getByText('Grand amphithéâtre').filter({ visible: true }).first()).toBeVisible();
  await page.getByRole('tab', { name: /^14 oct\./ }).click();
  await expect(timetable.getByText('Ouverture des Journées annuelles').filter({ visible: true }).first()).toBeVisible();
});

test('switching to English changes the labels and is remembered', async ({ openRegie }) => {
  const { page, userData } = await openRegie();
  await expect(page.getByRole('tab', { name: 'Hall des posters' })).toBeVisible();
  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByRole('tab', { name: 'Poster hall' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const settings = async () => (JSON.parse(await readFile(join(userData, 'config.json'), 'utf8')) as { language: string }).language;
  await expect.poll(settings).toBe('en');
});

test('every view opens from its tab, by mouse and by keyboard', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  for (const name of ['Participants', 'Tours', 'Poster hall', 'Exports', 'Problems', 'Timetable']) {
    await page.getByRole('tab', { name }).click();
    await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name })).toBeVisible();
  }
  await page.getByRole('tab', { name: 'Timetable' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Participants' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Participants' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Problems' })).toHaveAttribute('aria-selected', 'true');
});

test('the tours and poster hall views show the plan, with assumed values marked', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  await page.getByRole('tab', { name: 'Tours' }).click();
  const tour = page.getByRole('article', { name: 'Visite guidée du Palais de la Bourse' });
  await expect(tour).toBeVisible();
  await expect(tour.getByText('Palais de la Bourse').first()).toBeVisible();
  for (const group of sampleProject().tours[0]!.groups) await expect(tour.getByRole('region', { name: group.name, exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'Poster hall' }).click();
  await expect(page.getByText('35 posters · 12 highlighted', { exact: false })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Floor plan of the hall' })).toBeVisible();
  await expect(page.locator('svg .plan-board')).toHaveCount(sampleProject().posterHall.boards.length);
  await expect(page.locator('.highlight-mark')).toHaveCount(12);
  await expect(page.locator('.assumed-badge').first()).toHaveAttribute('title', /assumed/);
});

test('a broken file chosen in the open dialog gives a clear message and keeps the sample open', async ({ openRegie }) => {
  const folder = await tempFolder();
  const broken = join(folder, 'broken.regie');
  await writeFile(broken, '{ "format": "regie-project", "version": 1, "event": ');
  const { page, dialogs } = await openRegie({ language: 'en' });
  dialogs.open.push(broken);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.regie');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EVENT_NAME);
  await expect(page).toHaveTitle('Régie — Untitled');
});

test('save as writes a project file that opens and validates, and names the window', async ({ openRegie }) => {
  const folder = await tempFolder();
  const target = join(folder, 'lille-2025.regie');
  const { page } = await openRegie({ language: 'en', dialogs: { save: [target] } });
  await page.getByRole('button', { name: 'Save as' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to “lille-2025.regie”' })).toBeVisible();
  await expect(page).toHaveTitle('Régie — lille-2025.regie');
  const text = await readFile(target, 'utf8');
  expect(projectSchema.safeParse(JSON.parse(text)).success).toBe(true);
  const reopened = openProjectText(text, 'lille-2025.regie');
  expect(reopened.ok).toBe(true);
  expect(reopened.ok && reopened.project.event.name).toBe(EVENT_NAME);
});

test('the last saved file is what opens at the next start', async ({ openRegie }) => {
  const folder = await tempFolder();
  const file = join(folder, 'renamed.regie');
  const project = sampleProject();
  project.event.name = 'Journées de test';
  await writeFile(file, JSON.stringify(project));
  const { page } = await openRegie({ projectFile: file, language: 'en' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journées de test');
  await expect(page).toHaveTitle('Régie — renamed.regie');
});

test('Ctrl+S asks where to save the sample; the menu’s Save then saves to the same file without asking', async ({ openRegie }) => {
  const folder = await tempFolder();
  const target = join(folder, 'from-keyboard.regie');
  const { page, dialogs, menu } = await openRegie({ language: 'en', dialogs: { save: [target] } });
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('Régie — from-keyboard.regie');
  expect(dialogs.save).toEqual([]);
  // Someone else's save in between is not overwritten without asking (issue 13); told to, Save writes the same file.
  await writeFile(target, 'overwritten by someone else');
  await menu('save');
  await page.getByRole('alertdialog', { name: 'File changed by someone else' }).getByRole('button', { name: 'Overwrite' }).click();
  await expect.poll(async () => (await readFile(target, 'utf8')).startsWith('{')).toBe(true);
  expect(dialogs.save).toEqual([]);
});

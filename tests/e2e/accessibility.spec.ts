/**
 * axe-core on every view of the sample, reached through its tab, and on the editors and dialogs that open from
 * them: no moderate, serious or critical violation. The views come from the app's own list, so a new view is checked too.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { VIEWS } from '../../renderer/src/state/shell-store.ts';
import { common } from '../../shared/i18n/common.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { expect, test } from './harness.ts';

/**
 * Runs axe on the page as it is, or only inside `scope` (a dialog over a view already checked); each moderate,
 * serious or critical violation is listed with the first elements it found (minor ones are advice, not barriers).
 */
async function expectAccessible(page: Page, where: string, scope?: string) {
  // Legacy mode runs axe in one pass in the page: twice as fast on the timetable's thousand slots, and Régie has no frames.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const { violations } = await (scope ? builder.include(scope) : builder).analyze();
  const barriers = violations
    .filter((v) => v.impact !== 'minor')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(barriers, `axe on ${where}`).toEqual([]);
}

/** Every tab of a tab list, clicked in turn; `check` runs once the tab is selected. */
async function eachTab(page: Page, tablist: string, check: (name: string) => Promise<void>) {
  const tabs = page.getByRole('tablist', { name: tablist, exact: true }).getByRole('tab');
  const names = await tabs.allTextContents();
  expect(names.length, `tabs in “${tablist}”`).toBeGreaterThan(1);
  for (const [index, name] of names.entries()) {
    await tabs.nth(index).click();
    await expect(tabs.nth(index)).toHaveAttribute('aria-selected', 'true');
    await check(name);
  }
}

for (const view of VIEWS) {
  const name = common.en.shell.view[view];
  test(`the ${name} view of the sample has no accessibility violation above minor`, async ({ openRegie }) => {
    const { page } = await openRegie({ language: 'en' });
    await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true }).click();
    await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name, exact: true })).toBeVisible();
    await expectAccessible(page, `the ${name} view`);
  });
}

// The first day is what the Timetable view opens on: checked with the views above.
for (const [index, day] of sampleProject().event.days.entries()) {
  if (index === 0) continue;
  test(`the timetable of ${day.date} has no accessibility violation above minor`, async ({ openRegie }) => {
    const { page } = await openRegie({ language: 'en' });
    const tab = page.getByRole('tablist', { name: 'Days', exact: true }).getByRole('tab').nth(index);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: (await tab.textContent())!, exact: true })).toBeVisible();
    await expectAccessible(page, `the timetable of ${day.date}`);
  });
}

test('the session form and the catalogue editor have no accessibility violation above minor', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  await page.getByRole('button', { name: 'New session' }).click();
  await expect(page.getByRole('dialog', { name: 'New session' })).toBeVisible();
  await expectAccessible(page, 'the new session form', '[role="dialog"]');
  await page.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Rooms, venues, days, people' }).click();
  const editor = page.getByRole('dialog', { name: 'Rooms, venues, days, people' });
  await eachTab(page, 'Rooms, venues, days, people', async (area) => {
    await expect(editor.getByRole('tabpanel', { name: area, exact: true })).toBeVisible();
    await expectAccessible(page, `the catalogue editor’s ${area}`, '[role="dialog"]');
  });
  await editor.getByRole('tab', { name: 'Rooms' }).click();
  await editor.getByRole('button', { name: 'Edit Amphithéâtre B' }).click();
  await expect(editor.getByLabel('Capacity (seats)')).toBeVisible();
  await expectAccessible(page, 'the room form', '[role="dialog"]');
});

test('the import dialog, an accepted warning and the exports warning have no accessibility violation above minor', async ({ openRegie }) => {
  const folder = await mkdtemp(join(tmpdir(), 'regie-e2e-a11y-'));
  const csv = join(folder, 'inscrits.csv');
  await writeFile(csv, 'Nom;Prénom;Courriel\r\nZéphyrin;Aurélie;aurelie.zephyrin@univ-lille.fr\r\nQuintard;Basile;basile.quintard@inria\r\n');
  // The sample with one keynote put where the poster session is: an open error, and a warning once lowered.
  const project = sampleProject();
  const posters = project.sessions.find((s) => s.slot && s.title.startsWith('Session posters'))!;
  const keynote = project.sessions.find((s) => s.id === 'session-keynote-maumet')!;
  keynote.slot = { ...posters.slot! };
  const projectFile = join(folder, 'double.regie');
  await writeFile(projectFile, JSON.stringify(project));
  const { page } = await openRegie({ language: 'en', projectFile, dialogs: { open: [csv] } });

  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Import the list…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import the registration list' });
  await expect(dialog.locator('.pt-report__summary')).toContainText('Rows read: 2');
  await expectAccessible(page, 'the import dialog', '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Exports' }).click();
  await page.getByRole('button', { name: /^Export \d+ workbooks…$/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'still open in the programme' })).toBeVisible();
  await expectAccessible(page, 'the exports warning about open errors');

  await page.getByRole('tab', { name: 'Problems' }).click();
  await page.getByRole('combobox', { name: 'Severity — Room double-booked' }).selectOption('warning');
  await page.getByRole('region', { name: /Room double-booked/ }).getByRole('button', { name: 'Accept…' }).click();
  await expect(page.getByLabel('Note (why it is acceptable)')).toBeVisible();
  await expectAccessible(page, 'the form accepting a warning');
});

test('day tabs and the catalogue editor follow the tabs pattern: arrows, Home, End, one tab in the Tab order, a panel each', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  const days = page.getByRole('tablist', { name: 'Days', exact: true });
  const dayTabs = days.getByRole('tab');
  const count = await dayTabs.count();
  /** The selected tab is focused, the only one reachable with Tab, and labels the panel it controls. */
  const expectSelected = async (tab: Locator) => {
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(tab).toBeFocused();
    await expect(days.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
    await expect(tab).toHaveAttribute('tabindex', '0');
    const panel = page.locator(`#${await tab.getAttribute('aria-controls')}`);
    await expect(panel).toHaveRole('tabpanel');
    await expect(panel).toHaveAccessibleName((await tab.textContent())!);
  };
  await dayTabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expectSelected(dayTabs.nth(1));
  await page.keyboard.press('End');
  await expectSelected(dayTabs.nth(count - 1));
  await page.keyboard.press('ArrowRight');
  await expectSelected(dayTabs.first());
  await page.keyboard.press('ArrowLeft');
  await expectSelected(dayTabs.nth(count - 1));
  await page.keyboard.press('Home');
  await expectSelected(dayTabs.first());

  await page.getByRole('button', { name: 'Rooms, venues, days, people' }).click();
  const areas = page.getByRole('tablist', { name: 'Rooms, venues, days, people' });
  await areas.getByRole('tab', { name: 'Rooms' }).focus();
  await page.keyboard.press('ArrowRight');
  const venues = areas.getByRole('tab', { name: 'Venues' });
  await expect(venues).toHaveAttribute('aria-selected', 'true');
  await expect(venues).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Venues', exact: true }).getByRole('button', { name: 'New venue' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(areas.getByRole('tab', { name: 'People' })).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'People', exact: true }).getByRole('button', { name: 'New person' })).toBeVisible();
});

test('every column of the participants table has a header', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  await page.getByRole('tab', { name: 'Participants' }).click();
  const table = page.getByRole('table', { name: 'Participants' });
  const headers = table.getByRole('columnheader');
  await expect(headers.last()).toHaveText('Delete');
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveCount(await headers.count());
  for (const header of await headers.all()) await expect(header).not.toHaveText('');
});

test('a card’s menu and the “Move to…” dialog have no accessibility violation above minor', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  const card = page.locator('.tt-card').first();
  await card.focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await expectAccessible(page, 'a card’s menu', '.tt-menu');
  await menu.getByRole('menuitem', { name: 'Move to…' }).click();
  await expect(page.getByRole('dialog').getByLabel('Room')).toBeVisible();
  await expectAccessible(page, 'the “Move to…” dialog', 'dialog.tt-move');
});

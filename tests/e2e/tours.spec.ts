/** Tours: plan the sample's groups, drag a person into a full group, pin a group, import late sign-ups, re-plan, undo. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { writeProjectFile } from '../../main/services/project-files.ts';
import { applyEdit } from '../../shared/edits/index.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { test, expect } from './harness.ts';

/** The registration platform's export of two late sign-ups, as French Excel writes it. */
const LATE_SIGN_UPS = [
  'Nom;Prénom;Courriel;Établissement;Visite guidée',
  'Tardieu;Apolline;apolline.tardieu@univ-lille.fr;Université de Lille;oui',
  'Vernier;Barnabé;barnabe.vernier@inserm.fr;Inserm;oui',
].join('\r\n');

/** A real pointer drag: press on the card, move past dnd-kit's activation distance and over the target, release. */
async function drag(page: Page, card: Locator, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 30, { steps: 10 });
  await page.mouse.up();
}

const members = (group: Locator) => group.locator('.tour-group__members .tour-person__handle').allTextContents();

test('plan, drag into a full group, pin, import late sign-ups, re-plan, undo', async ({ openRegie }) => {
  const folder = await mkdtemp(join(tmpdir(), 'regie-e2e-tours-'));
  const projectFile = join(folder, 'pepr.regie');
  // No groups yet, and half an hour more in the window, so a re-plan may add a group for late sign-ups.
  let unplanned = applyEdit(sampleProject(), { type: 'tours/setGroups', payload: { tourId: 'tour-palais-de-la-bourse', groups: [] } });
  unplanned = applyEdit(unplanned, { type: 'tours/update', payload: { tourId: 'tour-palais-de-la-bourse', changes: { latestReturn: '21:30' } } });
  await writeProjectFile(projectFile, unplanned);
  const csv = join(folder, 'inscrits-tardifs.csv');
  await writeFile(csv, LATE_SIGN_UPS, 'utf8');
  const { page } = await openRegie({ language: 'en', projectFile, dialogs: { open: [csv] } });

  await page.getByRole('tab', { name: 'Tours' }).click();
  const tour = page.getByRole('article', { name: 'Visite guidée du Palais de la Bourse' });
  const unassigned = tour.getByRole('region', { name: 'Registered, in no group' });
  await expect(unassigned.locator('.tour-unassigned__count')).toHaveText('148 registered people in no group');

  // Plan the sample's groups: ⌈148 / 30⌉ = 5 balanced groups, everyone placed.
  await tour.getByRole('button', { name: 'Plan groups' }).click();
  await expect(tour.locator('.tour-plan__result')).toHaveText('5 groups: 148 placed, 0 moved, 0 removed.');
  await expect(unassigned.locator('.tour-unassigned__count')).toHaveText('Everyone registered is in a group.');
  const sizes = tour.locator('.tour-group__size');
  await expect(sizes).toHaveCount(5);
  // The timeline puts the five departures beside the rest of the evening at the Palais.
  const timeline = tour.getByRole('figure', { name: 'The evening, hour by hour' });
  await expect(timeline.locator('.tour-timeline__row--group')).toHaveCount(5);
  await expect(timeline.locator('.tour-timeline__row--session')).toContainText(['Soirée sociale', 'Cocktail networking']);
  await expect(timeline.locator('.tour-timeline__row--group').first()).toContainText('19:15 – 20:00');
  expect((await sizes.allTextContents()).sort()).toEqual(['29 / 30', '29 / 30', '30 / 30', '30 / 30', '30 / 30']);

  // Drag a person from a group of 29 into a full one: its size turns red and the warning says to split it.
  const frenchGroups = tour.locator('.tour-group:not(.tour-group--unassigned)').filter({ hasNotText: '(English)' });
  const sizeOf = async (group: Locator) => (await group.locator('.tour-group__size').textContent())!;
  const french = await frenchGroups.all();
  const source = (await Promise.all(french.map(async (g) => ((await sizeOf(g)) === '29 / 30' ? g : null)))).find((g) => g !== null)!;
  const [third, fifth] = (await Promise.all(french.map(async (g) => ((await sizeOf(g)) === '30 / 30' ? g : null)))).filter((g) => g !== null);
  const mover = (await members(source))[0]!;
  await drag(page, source.locator('.tour-person__handle').first(), third!.locator('.tour-group__head'));
  await expect(third!.locator('.tour-group__size')).toHaveText('31 / 30');
  await expect(third!.getByRole('alert')).toContainText('Over the limit of 30 people: split this group.');
  expect(await members(third!)).toContain(mover);

  // Pin another full group.
  const pinName = (await fifth!.locator('h4').textContent())!;
  await fifth!.getByRole('checkbox', { name: `Pin ${pinName}` }).check();
  await expect(fifth!.getByRole('checkbox', { name: `Pin ${pinName}` })).toBeChecked();
  const pinnedBefore = await members(fifth!);

  // Import the updated registration list with two late sign-ups through the participants' import dialog.
  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByRole('tabpanel').getByRole('button', { name: 'Import the list…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.pt-report__summary')).toContainText('Rows read: 2 — added: 2');
  await dialog.getByRole('button', { name: 'Import 2 valid people' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Tours' }).click();
  await expect(unassigned.locator('.tour-unassigned__count')).toHaveText('2 registered people in no group');
  for (const name of ['Apolline Tardieu', 'Barnabé Vernier']) await expect(unassigned.getByText(name)).toBeVisible();

  // Re-plan: the newcomers are placed, the group over its limit sheds one, the pinned group is unchanged.
  await tour.getByRole('button', { name: 'Re-plan' }).click();
  await expect(unassigned.locator('.tour-unassigned__count')).toHaveText('Everyone registered is in a group.');
  await expect(tour.locator('.tour-plan__result')).toContainText('2 placed, 1 moved, 0 removed.');
  expect(await members(fifth!)).toEqual(pinnedBefore);
  await expect(third!.locator('.tour-group__size')).toHaveText('30 / 30');
  for (const size of await sizes.allTextContents()) expect(Number(size.split(' / ')[0])).toBeLessThanOrEqual(30);

  // Undo restores the plan from before the re-plan.
  await page.keyboard.press('Control+z');
  await expect(unassigned.locator('.tour-unassigned__count')).toHaveText('2 registered people in no group');
  await expect(third!.locator('.tour-group__size')).toHaveText('31 / 30');
  expect(await members(fifth!)).toEqual(pinnedBefore);
});

test('the keyboard moves a person to the next group, and the move is one undo step', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'fr' });
  await page.getByRole('tab', { name: 'Visites' }).click();
  const tour = page.getByRole('article', { name: 'Visite guidée du Palais de la Bourse' });
  const groups = tour.locator('.tour-group:not(.tour-group--unassigned)');
  const first = groups.nth(0);
  const second = groups.nth(1);
  const firstSize = (await first.locator('.tour-group__size').textContent())!;
  const secondSize = (await second.locator('.tour-group__size').textContent())!;
  const handle = first.locator('.tour-person__handle').first();
  const name = (await handle.textContent())!;
  await handle.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(second.locator('.tour-person__handle').last()).toHaveText(name);
  await expect(second.locator('.tour-group__size')).toHaveText(`${Number(secondSize.split(' / ')[0]) + 1} / 30`);
  await page.keyboard.press('Control+z');
  await expect(first.locator('.tour-group__size')).toHaveText(firstSize);
  await expect(second.locator('.tour-group__size')).toHaveText(secondSize);
});

test('an impossible plan says which constraint fails and what would fix it, and doing so fixes it', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  await page.getByRole('tab', { name: 'Tours' }).click();
  const tour = page.getByRole('article', { name: 'Visite guidée du Palais de la Bourse' });
  await tour.getByText('Tour rules and guides').click();
  const limit = tour.getByLabel('Largest group');
  await limit.fill('20');
  await limit.press('Enter');
  await expect(limit).toHaveValue('20');
  await tour.getByRole('button', { name: 'Plan groups' }).click();
  const problems = tour.locator('.tour-plan__problems');
  await expect(problems).toContainText(
    'With 8 groups leaving every 15 min, the last is back only at 21:45, after the window closes (21:00), which leaves room for 5 departures: move the latest return to 21:45, shorten the interval, or raise the limit to 30.',
  );
  const unassigned = tour.getByRole('region', { name: 'Registered, in no group' });
  await expect(unassigned.locator('.tour-unassigned__count')).not.toHaveText('Everyone registered is in a group.');

  // Following the message: the last visits may end at 21:45; then everyone is placed in 8 groups of at most 20.
  const latest = tour.getByLabel('Back by');
  await latest.fill('21:45');
  await latest.press('Enter');
  await tour.getByRole('button', { name: 'Plan groups' }).click();
  await expect(problems).toBeHidden();
  await expect(unassigned.locator('.tour-unassigned__count')).toHaveText('Everyone registered is in a group.');
  await expect(tour.locator('.tour-group__size')).toHaveCount(8);
});

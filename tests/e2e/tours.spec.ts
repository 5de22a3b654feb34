/** Tours: plan the sample's groups, drag a person into a full group, pin a group, import late sign-ups, re-plan, undo. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeProjectFile } from '../../main/services/project-files.ts';
import { applyEdit } from '../../shared/edits/index.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { test, expect } from './harness.ts';
import { ToursPage } from './pages/tours.ts';

/** The registration platform's export of two late sign-ups, as French Excel writes it. */
const LATE_SIGN_UPS = [
  'Nom;Prénom;Courriel;Établissement;Visite guidée',
  'Tardieu;Apolline;apolline.tardieu@univ-lille.fr;Université de Lille;oui',
  'Vernier;Barnabé;barnabe.vernier@inserm.fr;Inserm;oui',
].join('\r\n');

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

  const tours = new ToursPage(page);
  await tours.open();
  await expect(tours.unassignedCount()).toHaveText('148 registered people in no group');

  // Plan the sample's groups: ⌈148 / 30⌉ = 5 balanced groups, everyone placed.
  await tours.button('Plan groups').click();
  await expect(tours.planResult()).toHaveText('5 groups: 148 placed, 0 moved, 0 removed.');
  await expect(tours.unassignedCount()).toHaveText('Everyone registered is in a group.');
  const sizes = tours.sizes();
  await expect(sizes).toHaveCount(5);
  // The timeline puts the five departures beside the rest of the evening at the Palais.
  const timeline = tours.timeline();
  await expect(timeline.locator('.tour-timeline__row--group')).toHaveCount(5);
  await expect(timeline.locator('.tour-timeline__row--session')).toContainText(['Soirée sociale', 'Cocktail networking']);
  await expect(timeline.locator('.tour-timeline__row--group').first()).toContainText('19:15 – 20:00');
  expect((await sizes.allTextContents()).sort()).toEqual(['29 / 30', '29 / 30', '30 / 30', '30 / 30', '30 / 30']);

  // Drag a person from a group of 29 into a full one: its size turns red and the warning says to split it.
  const { sizeOf, members } = tours;
  const french = await tours.groups().filter({ hasNotText: '(English)' }).all();
  const source = (await Promise.all(french.map(async (g) => ((await sizeOf(g)) === '29 / 30' ? g : null)))).find((g) => g !== null)!;
  const [third, fifth] = (await Promise.all(french.map(async (g) => ((await sizeOf(g)) === '30 / 30' ? g : null)))).filter((g) => g !== null);
  const mover = (await members(source))[0]!;
  await tours.drag(source.locator('.tour-person__handle').first(), third!.locator('.tour-group__head'));
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

  await tours.open();
  await expect(tours.unassignedCount()).toHaveText('2 registered people in no group');
  for (const name of ['Apolline Tardieu', 'Barnabé Vernier']) await expect(tours.unassigned().getByText(name)).toBeVisible();

  // Re-plan: the newcomers are placed, the group over its limit sheds one, the pinned group is unchanged.
  await tours.button('Re-plan').click();
  await expect(tours.unassignedCount()).toHaveText('Everyone registered is in a group.');
  await expect(tours.planResult()).toContainText('2 placed, 1 moved, 0 removed.');
  expect(await members(fifth!)).toEqual(pinnedBefore);
  await expect(third!.locator('.tour-group__size')).toHaveText('30 / 30');
  for (const size of await sizes.allTextContents()) expect(Number(size.split(' / ')[0])).toBeLessThanOrEqual(30);

  // Undo restores the plan from before the re-plan.
  await page.keyboard.press('Control+z');
  await expect(tours.unassignedCount()).toHaveText('2 registered people in no group');
  await expect(third!.locator('.tour-group__size')).toHaveText('31 / 30');
  expect(await members(fifth!)).toEqual(pinnedBefore);
});

test('the keyboard moves a person to the next group, and the move is one undo step', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'fr' });
  const tours = new ToursPage(page, 'Visites');
  await tours.open();
  const first = tours.groups().nth(0);
  const second = tours.groups().nth(1);
  const firstSize = await tours.sizeOf(first);
  const secondSize = await tours.sizeOf(second);
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
  const tours = new ToursPage(page);
  await tours.open();
  // Languages read as names, never as codes.
  await expect(tours.groups().first().locator('dd').filter({ hasText: /^(French|English)$/ })).toHaveCount(1);
  await tours.setRule('Largest group', '20');
  await tours.button('Plan groups').click();
  const problems = tours.planProblems();
  await expect(problems).toContainText(
    'With 8 groups leaving every 15 min, the last is back only at 21:45, after the window closes (21:00), which leaves room for 5 departures: move the latest return to 21:45, shorten the interval, or raise the limit to 30.',
  );
  await expect(tours.unassignedCount()).not.toHaveText('Everyone registered is in a group.');

  // Following the message: the last visits may end at 21:45; then everyone is placed in 8 groups of at most 20.
  await tours.setRule('Back by', '21:45');
  await tours.button('Plan groups').click();
  await expect(problems).toBeHidden();
  await expect(tours.unassignedCount()).toHaveText('Everyone registered is in a group.');
  await expect(tours.sizes()).toHaveCount(8);
});

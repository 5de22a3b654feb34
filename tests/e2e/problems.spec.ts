/** The Problems panel with a real drag: a session dropped on an occupied room shows up as a problem; a click selects its card. */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness.ts';

const KEYNOTE = /^Keynote transverse — Reproductibilité/;
const POSTERS = 'Session posters (35 posters des projets ciblés)';

const center = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** A pointer drag as dnd-kit needs it: press, a move past the activation distance, then moves over the target. */
async function drag(page: Page, from: Locator, to: Locator) {
  // In the middle of the grid, away from the edges where dnd-kit scrolls the grid by itself.
  await to.evaluate((element) => element.scrollIntoView({ block: 'center', inline: 'center' }));
  const start = await center(from);
  const end = await center(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 12, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 10 });
  await expect(page.locator('.tt-preview')).toContainText('Grand hall, 13:00–13:45');
  await page.mouse.up();
}

test('a session dragged onto an occupied room is listed in Problems; clicking the problem selects its card', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  const problemsTab = page.getByRole('tab', { name: 'Problems' });
  const timetableTab = page.getByRole('tab', { name: 'Timetable' });

  // The sample has no problem to begin with.
  await problemsTab.click();
  await expect(page.getByText('No problems: the programme follows every active rule.')).toBeVisible();

  await timetableTab.click();
  await page.getByRole('tab', { name: /^14 Oct/ }).click();
  const keynote = page.getByRole('button', { name: KEYNOTE });
  await drag(page, keynote, page.getByRole('button', { name: 'Grand hall, 14 Oct, 13:00', exact: true }));
  await expect(keynote).toHaveAccessibleName(/13:00–13:45/);

  await problemsTab.click();
  const group = page.getByRole('region', { name: /Room double-booked/ });
  await expect(group).toBeVisible();
  const problem = group.getByRole('button', { name: /Reproductibilité/ });
  await expect(problem).toContainText(`“${POSTERS}”`);
  await expect(problem).toContainText('are both in Grand hall on Tuesday 14 October');
  await expect(page.getByRole('region', { name: 'Problems' }).getByRole('status')).toContainText(/[1-9]\d* error/);

  await problem.click();
  await expect(timetableTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: /^14 Oct/ })).toHaveAttribute('aria-selected', 'true');
  const card = page.getByRole('button', { name: KEYNOTE });
  await expect(card).toBeInViewport();
  await expect(card).toHaveAttribute('data-selected', 'true');
});

test('a warning can be accepted with a note, and the rule settings change what is listed', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  await page.getByRole('tab', { name: 'Problems' }).click();

  // A double booking the organisers know about: lowered to a warning for this project, so it can be accepted.
  await page.getByRole('combobox', { name: 'Severity — Room double-booked' }).selectOption('warning');
  await page.getByRole('tab', { name: 'Timetable' }).click();
  await page.getByRole('tab', { name: /^14 Oct/ }).click();
  await drag(page, page.getByRole('button', { name: KEYNOTE }), page.getByRole('button', { name: 'Grand hall, 14 Oct, 13:00', exact: true }));
  await page.getByRole('tab', { name: 'Problems' }).click();

  const group = page.getByRole('region', { name: /Room double-booked/ });
  await expect(group.getByRole('heading')).toHaveAccessibleName('Warning Room double-booked 1');
  await group.getByRole('button', { name: 'Accept…' }).click();
  await page.getByLabel('Note (why it is acceptable)').fill('Posters moved to the foyer that hour');
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(group.getByText('Accepted: Posters moved to the foyer that hour')).toBeVisible();

  // Undo takes the acceptance back, like any edit.
  await page.keyboard.press('Control+z');
  await expect(group.getByText('Accepted: Posters moved to the foyer that hour')).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'On — Room double-booked' }).uncheck();
  await expect(page.getByRole('region', { name: /Room double-booked/ })).toHaveCount(0);
});

/** The README's pictures: the sample event, and the large generated event, in the built renderer (run with `npm run screenshots`). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateEvent, LARGE_EVENT } from '../../shared/sample/generate.ts';
import { busiestDay } from '../bench/timetable/page.ts';
import { expect, test } from '../e2e/harness.ts';
import { TimetablePage } from '../e2e/pages/timetable.ts';

const picture = (name: string) => fileURLToPath(new URL(`./${name}.png`, import.meta.url));
/** The window size the README's pictures show: a 15-inch laptop. */
const WINDOW = { width: 1440, height: 900 };

test('README screenshots of the sample event', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  await page.setViewportSize(WINDOW);
  await page.getByRole('status').filter({ hasText: 'Sample opened' }).getByRole('button', { name: 'Dismiss' }).click();
  // The first day of the annual days: the opening and the thematic sessions.
  const timetable = new TimetablePage(page);
  await timetable.showDay(/^14 Oct/);
  await expect(timetable.card('session-opening')).toBeVisible();
  await page.screenshot({ path: picture('timetable') });
  await page.getByRole('tab', { name: 'Poster hall' }).click();
  await page.screenshot({ path: picture('poster-hall') });
  await page.getByRole('tab', { name: 'Tours' }).click();
  await page.screenshot({ path: picture('tours') });
});

test('README screenshots of the large event: its busiest day fitted on one screen, and a card’s findings', async ({ openRegie }) => {
  test.setTimeout(180_000);
  const folder = await mkdtemp(join(tmpdir(), 'regie-shots-'));
  try {
    const project = generateEvent(LARGE_EVENT);
    const file = join(folder, 'large-event.regie');
    await writeFile(file, JSON.stringify(project));
    const { page } = await openRegie({ projectFile: file, language: 'en' });
    await page.setViewportSize(WINDOW);
    await page.getByRole('status').filter({ hasText: 'large-event.regie' }).getByRole('button', { name: 'Dismiss' }).click();
    const timetable = new TimetablePage(page);
    const day = busiestDay(project);
    await timetable.showDay(new RegExp(`^${Number(day.slice(8))} `));

    const card = page.locator('.tt-card-box[data-findings]').first();
    await card.locator('.tt-findings').click();
    await expect(page.locator('.tt-findings__popover:popover-open li').first()).toBeVisible();
    await page.screenshot({ path: picture('timetable-findings') });
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Fit all rooms' }).click();
    await expect(timetable.headers()).toHaveCount(LARGE_EVENT.rooms);
    await expect.poll(() => timetable.grid().evaluate((g) => g.scrollWidth <= g.clientWidth)).toBe(true);
    await page.screenshot({ path: picture('timetable-fitted') });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

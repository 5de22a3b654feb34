/** The README's pictures: the sample event in the built renderer (run with `npm run screenshots`). */
import { fileURLToPath } from 'node:url';
import { test } from '../e2e/harness.ts';

const picture = (name: string) => fileURLToPath(new URL(`./${name}.png`, import.meta.url));

test('README screenshots of the sample event', async ({ openRegie }) => {
  const { page } = await openRegie({ language: 'en' });
  await page.getByRole('status').filter({ hasText: 'Sample opened' }).getByRole('button', { name: 'Dismiss' }).click();
  // The first day of the annual days: the opening and the thematic sessions.
  await page.getByRole('tab', { name: /14 Oct/ }).click();
  await page.screenshot({ path: picture('timetable') });
  await page.getByRole('tab', { name: 'Poster hall' }).click();
  await page.screenshot({ path: picture('poster-hall') });
  await page.getByRole('tab', { name: 'Tours' }).click();
  await page.screenshot({ path: picture('tours') });
});

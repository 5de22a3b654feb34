/** A file opens on its grid first; the toolbar says it is checking the plan until the rules have run, never "0 errors" meanwhile. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdits } from '../../shared/edits/index.ts';
import { countBySeverity, findConflicts } from '../../shared/rules/index.ts';
import { twoVenueEvent } from '../fixtures/project.ts';
import { expect, test } from './harness.ts';

/** Every state the toolbar's badge takes, from the page's first script on: "checking" or its count of errors. */
const BADGE_STATES = `(() => {
  window.__badgeStates = [];
  new MutationObserver(() => {
    const badge = document.querySelector('.problem-counts');
    if (!badge) return;
    const state = badge.dataset.checking ? 'checking' : badge.dataset.errors;
    if (window.__badgeStates.at(-1) !== state) window.__badgeStates.push(state);
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;

let folder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'regie-checking-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('a plan with a clash opens saying "checking…", then its errors, and never 0 errors in between', async ({ openRegie }) => {
  const clashing = applyEdits(twoVenueEvent(), [
    { type: 'sessions/place', payload: { sessionId: 'open-science', slot: { roomId: 'salle-1', day: '2025-10-14', start: '14:00' } } },
  ]).project;
  const errors = countBySeverity(findConflicts(clashing)).error;
  expect(errors).toBeGreaterThan(0);
  const file = join(folder, 'clashing.regie');
  await writeFile(file, JSON.stringify(clashing));

  const { page } = await openRegie({ language: 'en', projectFile: file });
  // Opened again from the start, with the badge watched from the page's first script.
  await page.addInitScript({ content: BADGE_STATES });
  await page.reload();
  const badge = page.locator('.problem-counts');
  await expect(badge).toHaveAttribute('data-errors', String(errors));
  await expect(badge).toHaveAccessibleName(new RegExp(`^${errors} errors?, `));
  expect(await page.evaluate('window.__badgeStates')).toEqual(['checking', String(errors)]);
});

/**
 * Every kind of button in every view keeps its label readable under the pointer and with keyboard focus
 * (the export button's label once vanished on hover: text and background both the accent colour).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { VIEWS } from '../../renderer/src/app/shell-store.ts';
import { common } from '../../shared/i18n/common.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { expect, test } from './harness.ts';
import { coloursOf, READABLE } from './support/colours.ts';

const MARK = 'data-colour-check';

/**
 * Marks one enabled, labelled button, tab or summary per kind — the same tag, classes, role and state, in the
 * same classes of ancestors, get the same CSS — and returns how many it marked.
 */
function markOnePerKind(page: Page, scope: string): Promise<number> {
  return page.evaluate(([mark, scope]) => {
    const kinds = new Set<string>();
    let count = 0;
    for (const element of document.querySelectorAll<HTMLElement>(`[${mark}]`)) element.removeAttribute(mark);
    for (const element of document.querySelector(scope)!.querySelectorAll<HTMLElement>('button, [role="tab"], summary')) {
      if ((element as HTMLButtonElement).disabled || !element.textContent?.trim() || !element.checkVisibility({ visibilityProperty: true })) continue;
      const ancestors: string[] = [];
      for (let node = element.parentElement; node; node = node.parentElement) ancestors.push(`${node.tagName}.${node.className}`);
      const kind = [element.tagName, element.className, element.getAttribute('role'), element.getAttribute('aria-selected'), ...ancestors].join('|');
      if (kinds.has(kind)) continue;
      kinds.add(kind);
      element.setAttribute(mark, String(count));
      count += 1;
    }
    return count;
  }, [MARK, scope] as const);
}

/** The controls in `scope` whose label is not readable when hovered or focused, with what they show. */
async function unreadable(page: Page, scope = 'body'): Promise<string[]> {
  const found: string[] = [];
  const count = await markOnePerKind(page, scope);
  for (let i = 0; i < count; i += 1) {
    const control = page.locator(`[${MARK}="${i}"]`);
    const label = (await control.textContent())!.trim().slice(0, 40);
    await control.hover();
    const hovered = await coloursOf(control);
    if (hovered.contrast < READABLE) found.push(`“${label}” hovered: ${hovered.text} on ${hovered.background} (${hovered.contrast}:1)`);
    await page.mouse.move(0, 0);
    await control.focus();
    const focused = await coloursOf(control);
    if (focused.contrast < READABLE) found.push(`“${label}” focused: ${focused.text} on ${focused.background} (${focused.contrast}:1)`);
  }
  expect(count, 'buttons checked').toBeGreaterThan(0);
  return found;
}

let projectFile: string;
test.beforeAll(async () => {
  // The sample with a room booked twice, so that the problems and the exports' warning have their buttons too.
  const project = sampleProject();
  const posters = project.sessions.find((s) => s.slot && s.title.startsWith('Session posters'))!;
  project.sessions.find((s) => s.id === 'session-keynote-maumet')!.slot = { ...posters.slot! };
  projectFile = join(await mkdtemp(join(tmpdir(), 'regie-e2e-colours-')), 'double.regie');
  await writeFile(projectFile, JSON.stringify(project));
});

for (const view of VIEWS) {
  const name = common.en.shell.view[view];
  test(`every button of the ${name} view stays readable when hovered or focused`, async ({ openRegie }) => {
    const { page } = await openRegie({ language: 'en', projectFile });
    const tab = page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    if (view === 'exports') {
      await page.getByRole('button', { name: /^Export \d+ workbooks…$/ }).click();
      await expect(page.getByRole('button', { name: 'Export anyway' })).toBeVisible();
    }
    expect(await unreadable(page)).toEqual([]);
  });
}

test('every button of the editors and of the import dialog stays readable when hovered or focused', async ({ openRegie }) => {
  const list = join(await mkdtemp(join(tmpdir(), 'regie-e2e-colours-')), 'inscrits.csv');
  await writeFile(list, 'Nom;Prénom;Courriel\r\nZéphyrin;Aurélie;aurelie.zephyrin@univ-lille.fr\r\n');
  const { page } = await openRegie({ language: 'en', dialogs: { open: [list] } });
  await page.getByRole('button', { name: 'New session' }).click();
  await expect(page.getByRole('dialog', { name: 'New session' })).toBeVisible();
  expect(await unreadable(page, '[role="dialog"]')).toEqual([]);
  await page.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Rooms, venues, days, people' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Edit Amphithéâtre B' }).click();
  await expect(page.getByLabel('Capacity (seats)')).toBeVisible();
  expect(await unreadable(page, '[role="dialog"]')).toEqual([]);
  await page.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Import the list…' }).click();
  await expect(page.getByRole('dialog', { name: 'Import the registration list' }).locator('.pt-report__summary')).toContainText('1 rows read');
  expect(await unreadable(page, '[role="dialog"]')).toEqual([]);
});

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
function markOnePerKind(page: Page): Promise<number> {
  return page.evaluate((mark) => {
    const kinds = new Set<string>();
    let count = 0;
    for (const element of document.querySelectorAll<HTMLElement>('button, [role="tab"], summary')) {
      element.removeAttribute(mark);
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
  }, MARK);
}

/** The marked controls whose label is not readable when hovered or focused, with what they show. */
async function unreadable(page: Page): Promise<string[]> {
  const found: string[] = [];
  const count = await markOnePerKind(page);
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

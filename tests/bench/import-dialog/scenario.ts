/**
 * The import dialog driven in Chromium on a 10,000-row list: how long the window's main thread is ever blocked
 * while the dialog opens, at each change of the mapping, and when Import is clicked.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import type { Project } from '../../../shared/model/schema.ts';
import { launchWithProject } from '../timetable/page.ts';

/**
 * A chain of tasks in the page at the priority of a person's input (user-blocking): the longest gap between two of its
 * turns is the longest a click or a key would have waited, one task that does not give way. A plain timer would wait
 * its turn behind every other task of the same priority, and count several short tasks in a row as one block.
 */
const PROBE_START = `(() => {
  const probe = { longest: 0, last: performance.now(), running: true };
  window.__probe = probe;
  const tick = () => {
    const now = performance.now();
    probe.longest = Math.max(probe.longest, now - probe.last);
    probe.last = now;
    // A millisecond's delay leaves the thread to the app between two turns, as a person's input does.
    if (probe.running) scheduler.postTask(tick, { priority: 'user-blocking', delay: 1 });
  };
  scheduler.postTask(tick, { priority: 'user-blocking', delay: 1 });
})()`;
const PROBE_STOP = `(() => { const probe = window.__probe; probe.running = false; return Math.max(probe.longest, performance.now() - probe.last); })()`;

/** On a busy 2-core machine a check of 10,000 rows can take several seconds. */
const WAIT_MS = 120_000;

/** The CPU time the window's thread spent, whatever else the machine ran: no block can be longer than it. */
async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
}

/** Sessions per page, for the CPU time. */
const sessions = new WeakMap<Page, CDPSession>();
async function cdpOf(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    sessions.set(page, cdp);
  }
  return cdp;
}

async function longestBlock(page: Page, action: () => Promise<void>, cpuTimes?: number[]): Promise<number> {
  const cdp = await cdpOf(page);
  const before = await threadMs(cdp);
  await page.evaluate(PROBE_START);
  await action();
  const block = (await page.evaluate(PROBE_STOP)) as number;
  cpuTimes?.push((await threadMs(cdp)) - before);
  return block;
}

const summary = (dialog: Locator) => dialog.locator('.pt-report__summary');
/** CSS, not roles: finding a role walks the whole page, and the harness's own work must not count as the app's. */
const DIALOG = '.pt-dialog[role="dialog"]';

/** Does `change`, then waits until the report shows figures other than `before`: the new mapping's check. */
async function changed(dialog: Locator, change: () => Promise<void>): Promise<void> {
  const before = await dialog.page().evaluate(() => document.querySelector('.pt-report__summary')?.textContent);
  await change();
  await dialog.page().waitForFunction(
    (previous) => {
      const text = document.querySelector('.pt-report__summary')?.textContent;
      return text !== undefined && text !== previous;
    },
    before,
    { timeout: WAIT_MS },
  );
}

export interface DialogBlocks {
  /** From the click on "Import the list…" to the first report. */
  readonly opening: number[];
  /** Each change of the mapping until its report shows. */
  readonly changes: number[];
  /** From the click on Import to the dialog closed and the count updated. */
  readonly importing: number[];
  /** CPU time of the window's thread for each change of the mapping, the probe and the harness's calls included. */
  readonly changesCpu: number[];
}

async function openDialog(page: Page): Promise<Locator> {
  const dialog = page.locator(DIALOG);
  await page.locator('.pt-toolbar button.primary').click();
  await summary(dialog).waitFor({ timeout: WAIT_MS });
  return dialog;
}

/** The changes an organiser makes while reading the report; each one changes its figures. */
async function mappingChanges(dialog: Locator, cpuTimes: number[]): Promise<number[]> {
  const page = dialog.page();
  const email = dialog.locator('select[aria-label="In Régie: Courriel"]');
  const removeMissing = dialog.locator('.pt-dialog__check input[type="checkbox"]').first();
  const headerRow = dialog.locator('.pt-dialog__header-row input');
  const steps: (() => Promise<void>)[] = [
    async () => void (await email.selectOption('')),
    async () => void (await email.selectOption('email')),
    () => removeMissing.check(),
    () => removeMissing.uncheck(),
    () => headerRow.fill('1'),
    () => headerRow.fill('3'),
  ];
  const blocks: number[] = [];
  for (const step of steps) blocks.push(await longestBlock(page, () => changed(dialog, step), cpuTimes));
  return blocks;
}

/** `runs` times: open the dialog, make the changes, cancel; then, on fresh pages, `imports` times: open and import. */
export async function dialogBlocks(project: Project, listJson: string, runs: number, imports: number): Promise<DialogBlocks> {
  const bench = await launchWithProject(project, false, listJson);
  const day = project.event.days[0]!.date;
  const blocks: DialogBlocks = { opening: [], changes: [], importing: [], changesCpu: [] };
  try {
    const page = await bench.open(day);
    await page.getByRole('tab', { name: 'Participants' }).click();
    for (let run = 0; run < runs; run++) {
      let dialog: Locator | undefined;
      blocks.opening.push(await longestBlock(page, async () => void (dialog = await openDialog(page))));
      blocks.changes.push(...(await mappingChanges(dialog!, blocks.changesCpu)));
      await dialog!.locator('.pt-dialog__actions button', { hasText: /^Cancel$/ }).click();
      await dialog!.waitFor({ state: 'hidden' });
    }
    await page.context().close();
    for (let run = 0; run < imports; run++) {
      const fresh = await bench.open(day);
      await fresh.getByRole('tab', { name: 'Participants' }).click();
      const count = fresh.locator('.pt-count');
      const before = await count.textContent();
      const dialog = await openDialog(fresh);
      blocks.importing.push(
        await longestBlock(fresh, async () => {
          await dialog.locator('.pt-dialog__actions button.primary').click();
          await dialog.waitFor({ state: 'hidden', timeout: WAIT_MS });
          await fresh.waitForFunction((previous) => document.querySelector('.pt-count')?.textContent !== previous, before, { timeout: WAIT_MS });
        }),
      );
      await fresh.context().close();
    }
    return blocks;
  } finally {
    await bench.browser.close();
  }
}

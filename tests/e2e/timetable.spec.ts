/** The timetable with real pointer and keyboard drags: place, move, resize, unschedule, undo, redo, overlaps, forms. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { sampleProject } from '../../shared/sample/index.ts';
import type { Project } from '../../shared/model/schema.ts';
import { expect, test } from './harness.ts';

const BACKLOG_ID = 'session-keynote-orgerie';
const TITLE = /^Keynote transverse — Frugalité/;

let folder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'regie-timetable-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The sample with one keynote taken off the programme, written where the app can open it. */
async function projectWithBacklog(): Promise<string> {
  const project = sampleProject();
  const session = project.sessions.find((s) => s.id === BACKLOG_ID)!;
  session.slot = null;
  const file = join(folder, 'journees.regie');
  await writeFile(file, JSON.stringify(project));
  return file;
}

const center = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** A real pointer drag: press, two and more moves past dnd-kit's activation distance, check what the target shows, release. */
async function drag(page: Page, from: Locator, to: Locator | { x: number; y: number }, during?: () => Promise<void>) {
  if (!('x' in to)) await to.scrollIntoViewIfNeeded();
  const start = await center(from);
  const end = 'x' in to ? to : await center(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 12, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 10 });
  if (during) await during();
  await page.mouse.up();
}

const slot = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const card = (page: Page) => page.locator('.tt-card[data-session-id="' + BACKLOG_ID + '"]');
const backlogItem = (page: Page) => page.getByRole('complementary', { name: 'Backlog' }).getByRole('button', { name: TITLE });

/** Saves through the menu, then waits for the status naming the file: the save has been written when it shows. */
async function savedSession(page: Page, menu: (c: 'saveAs') => Promise<void>, file: string) {
  await menu('saveAs');
  await expect(page.getByRole('status').filter({ hasText: `Saved to “${basename(file)}”` })).toBeVisible();
  const saved = JSON.parse(await readFile(file, 'utf8')) as Project;
  return saved.sessions.find((s) => s.id === BACKLOG_ID)!;
}

/** Clicks a day tab and waits until the grid shows that day. */
async function showDay(page: Page, day: RegExp) {
  await page.getByRole('tab', { name: day }).click();
  await expect(page.getByRole('tab', { name: day })).toHaveAttribute('aria-selected', 'true');
}

test('place, move across days and rooms, resize, unschedule; undo and redo each step; the file keeps the slot', async ({ openRegie }) => {
  const out = join(folder, 'saved.regie');
  const { page, menu } = await openRegie({ projectFile: await projectWithBacklog(), language: 'en', dialogs: { save: [out] } });
  await showDay(page, /^14 Oct/);

  await test.step('backlog → Amphi B, 14 Oct, 10:30: the target shows the exact times while dragging; the file keeps the slot', async () => {
    await drag(page, backlogItem(page), slot(page, 'Amphithéâtre B, 14 Oct, 10:30'), async () => {
      await expect(page.locator('.tt-preview')).toContainText('Amphithéâtre B, 10:30–11:15');
      await expect(page.locator('.tt-preview')).toContainText('Room free');
    });
    await expect(card(page)).toHaveAccessibleName(/^Keynote transverse — Frugalité.*, 10:30–11:15/);
    await expect(backlogItem(page)).toHaveCount(0);
    expect((await savedSession(page, menu, out)).slot).toEqual({ roomId: 'room-amphi-b', day: '2025-10-14', start: '10:30' });
  });

  await test.step('onto the 15 Oct tab: same room and time, another day', async () => {
    await drag(page, card(page), page.getByRole('tab', { name: /^15 Oct/ }), async () => {
      await expect(page.getByRole('tab', { name: /^15 Oct/ })).toHaveAttribute('data-over', 'true');
    });
    await expect(card(page)).toHaveCount(0);
    await showDay(page, /^15 Oct/);
    await expect(card(page)).toHaveAccessibleName(/, 10:30–11:15/);
  });

  await test.step('into another room at 08:00: the card’s top lands where the pointer is', async () => {
    await drag(page, card(page), slot(page, 'Grand amphithéâtre, 15 Oct, 08:00'));
    await expect(page.getByRole('group', { name: 'Grand amphithéâtre', exact: true }).getByRole('button', { name: TITLE })).toHaveAccessibleName(/08:00–08:45/);
  });

  await test.step('resize by dragging the lower edge down by 45 minutes (1.5 px per minute at the default zoom)', async () => {
    const handle = page.getByRole('button', { name: /^Change the duration of “Keynote transverse — Frugalité/ });
    const edge = await center(handle);
    await drag(page, handle, { x: edge.x, y: edge.y + 45 * 1.5 }, async () => {
      await expect(card(page)).toHaveCSS('height', /^13[0-9]/);
    });
    await expect(card(page)).toHaveAccessibleName(/08:00–09:30/);
  });

  await test.step('back to the backlog', async () => {
    await drag(page, card(page), page.getByRole('complementary', { name: 'Backlog' }));
    await expect(card(page)).toHaveCount(0);
    await expect(backlogItem(page)).toBeVisible();
  });

  await test.step('undo each step, newest first', async () => {
    for (const expected of ['08:00–09:30', '08:00–08:45', '10:30–11:15']) {
      await page.keyboard.press('Control+z');
      await expect(card(page)).toHaveAccessibleName(new RegExp(expected));
    }
    await page.keyboard.press('Control+z');
    await expect(card(page)).toHaveCount(0);
    await showDay(page, /^14 Oct/);
    await expect(card(page)).toHaveAccessibleName(/10:30–11:15/);
    await page.keyboard.press('Control+z');
    await expect(card(page)).toHaveCount(0);
    await expect(backlogItem(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  });

  await test.step('redo them all: back in the backlog, and one undo brings the resized card back', async () => {
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Control+Shift+z');
    // Nothing left to redo: all five steps were applied.
    await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeDisabled();
    await expect(backlogItem(page)).toBeVisible();
    await showDay(page, /^15 Oct/);
    await page.keyboard.press('Control+z');
    await expect(card(page)).toHaveAccessibleName(/08:00–09:30/);
  });
});

test('a keyboard-only drag places a session, with announcements', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: await projectWithBacklog(), language: 'en' });
  await showDay(page, /^15 Oct/);
  await backlogItem(page).focus();
  await page.keyboard.press('Space');
  await expect(backlogItem(page)).toHaveAttribute('data-dragging', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('is over Grand amphithéâtre, 15 Oct, 08:00–08:45');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  const placed = page.getByRole('group', { name: 'Grand amphithéâtre', exact: true }).getByRole('button', { name: TITLE });
  // Each arrow moves one snap step down (dnd-kit may scroll the page for part of the way): a start after 08:00.
  await expect(placed).toHaveAccessibleName(/, 08:\d\d–\d\d:\d\d,/);
  const times = /(\d\d:\d\d)–(\d\d:\d\d)/.exec((await placed.getAttribute('aria-label'))!)!;
  expect(times[1]! > '08:00').toBe(true);
  expect(times[1]! <= '08:15').toBe(true);
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText(`dropped: Grand amphithéâtre, 15 Oct, ${times[0]}`);
});

test('an overlap is marked while dragging and after the drop', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: await projectWithBacklog(), language: 'en' });
  await showDay(page, /^15 Oct/);
  await drag(page, backlogItem(page), slot(page, 'Grand amphithéâtre, 15 Oct, 09:15'), async () => {
    await expect(page.locator('.tt-preview')).toHaveAttribute('data-conflict', 'true');
    await expect(page.locator('.tt-preview')).toContainText('Overlaps “Session thématique 3');
  });
  const bothInRoom = /“Session thématique 3[^”]*” \(09:00–10:30\) and “Keynote transverse — Frugalité[^”]*” \(09:15–10:00\) are both in Grand amphithéâtre/;
  await expect(card(page)).toHaveAttribute('data-problems', 'error');
  await expect(card(page)).toHaveAccessibleDescription(bothInRoom);
  await expect(page.locator('.tt-card[data-session-id="session-theme-3"]')).toHaveAccessibleDescription(bothInRoom);

  // The Problems panel takes the organiser back to the card, on its day, selected and focused.
  await showDay(page, /^13 Oct/);
  await page.getByRole('tab', { name: 'Problems' }).click();
  await page.locator('.problem__message', { hasText: 'Frugalité' }).first().click();
  await expect(page.getByRole('tab', { name: /^15 Oct/ })).toHaveAttribute('aria-selected', 'true');
  const selected = page.locator('.tt-card[data-selected]');
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute('data-problems', 'error');
  await expect(selected).toBeFocused();
});

test('a session dropped over a thematic session and its talks: the preview, the cards and the Problems panel say it once', async ({ openRegie }) => {
  // The intruder speaks to another audience, so the room booked twice is the only thing wrong with it.
  const project = sampleProject();
  const intruder = project.sessions.find((s) => s.id === BACKLOG_ID)!;
  intruder.slot = null;
  intruder.audience = ['public'];
  const file = join(folder, 'intruder.regie');
  await writeFile(file, JSON.stringify(project));
  const { page } = await openRegie({ projectFile: file, language: 'en' });
  await page.getByRole('tab', { name: /^15 Oct/ }).click();

  // 09:15–10:00 overlaps the thematic session (09:00–10:30) and, inside it, its keynote and first two talks.
  await drag(page, backlogItem(page), slot(page, 'Grand amphithéâtre, 15 Oct, 09:15'), async () => {
    await expect(page.locator('.tt-preview')).toHaveText(/Overlaps “Session thématique 3 — Jumeaux numériques : enjeux et perspectives pour la santé” in the same room$/);
  });
  const messages = (id: string) => page.locator(`.tt-card[data-session-id="${id}"] .tt-card__problem`);
  await expect(messages(BACKLOG_ID)).toHaveCount(1);
  await expect(messages(BACKLOG_ID)).toContainText('are both in Grand amphithéâtre');
  await expect(messages('session-theme-3')).toHaveCount(1);
  for (const talk of ['session-theme-3-keynote', 'session-theme-3-talk-1', 'session-theme-3-talk-2']) {
    await expect(page.locator(`.tt-card[data-session-id="${talk}"]`)).toBeVisible();
    await expect(messages(talk)).toHaveCount(0);
  }

  await page.getByRole('tab', { name: 'Problems' }).click();
  await expect(page.locator('.problem__message', { hasText: 'Frugalité' })).toHaveCount(1);
  await expect(page.locator('.problem__message', { hasText: 'Frugalité' })).toContainText('are both in Grand amphithéâtre');
});

test('forms refuse a negative capacity and an empty title with a message, and change nothing', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: await projectWithBacklog(), language: 'en' });
  await page.getByRole('button', { name: 'Rooms, venues, days, people' }).click();
  await page.getByRole('button', { name: 'Edit Amphithéâtre B' }).click();
  await page.getByLabel('Capacity (seats)').fill('-5');
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Capacity “-5” refused: type a whole number of seats, zero or more. Nothing was changed.')).toBeVisible();
  await expect(page.getByLabel('Capacity (seats)')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(page.getByRole('group', { name: 'Amphithéâtre B', exact: true })).toContainText('60 seats');

  await backlogItem(page).click();
  await page.getByLabel('Title').fill('   ');
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('The title is empty: give the session a title. Nothing was changed.')).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(backlogItem(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('snapping, zoom, hiding and reordering rooms change the grid, not the project', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: await projectWithBacklog(), language: 'en' });
  await showDay(page, /^14 Oct/);
  await expect(slot(page, 'Amphithéâtre B, 14 Oct, 10:35')).toHaveCount(1);
  await page.getByLabel('Snap to').selectOption('15');
  await expect(slot(page, 'Amphithéâtre B, 14 Oct, 10:35')).toHaveCount(0);
  await expect(slot(page, 'Amphithéâtre B, 14 Oct, 10:45')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

  const opening = page.locator('.tt-card[data-session-id="session-opening"]');
  const before = (await opening.boundingBox())!.height;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await opening.boundingBox())!.height).toBeGreaterThan(before);

  const columns = page.locator('.tt-column');
  await expect(columns.first()).toHaveAccessibleName('Grand amphithéâtre');
  await page.getByText('Rooms shown').click();
  await page.getByRole('button', { name: 'Move Grand amphithéâtre right' }).click();
  await expect(columns.first()).toHaveAccessibleName('Amphithéâtre B');
  await page.getByRole('checkbox', { name: 'Show Amphithéâtre B' }).uncheck();
  await expect(page.getByRole('group', { name: 'Amphithéâtre B', exact: true })).toHaveCount(0);
  await expect(columns.first()).toHaveAccessibleName('Grand amphithéâtre');
  // Only the snapping was a project edit: one undo step, which brings the 5-minute slots back.
  await page.getByRole('region', { name: /^Grid of 14 Oct/ }).focus();
  await page.keyboard.press('Control+z');
  await expect(slot(page, 'Grand amphithéâtre, 14 Oct, 10:35')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

/** The timetable with real pointer and keyboard drags: place, move, resize, unschedule, undo, redo, overlaps, forms. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { sampleProject } from '../../shared/sample/index.ts';
import type { Project, Session } from '../../shared/model/schema.ts';
import { expect, test } from './harness.ts';
import { ProblemsPage } from './pages/problems.ts';
import { TimetablePage } from './pages/timetable.ts';

const BACKLOG_ID = 'session-keynote-orgerie';
const TITLE = /^Keynote transverse — Frugalité/;

let folder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'regie-timetable-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The sample with the Frugalité keynote at `slot` (in the backlog by default), written where the app can open it. */
async function projectWithKeynote(slot: Session['slot'] = null): Promise<string> {
  const project = sampleProject();
  const session = project.sessions.find((s) => s.id === BACKLOG_ID)!;
  session.slot = slot;
  const file = join(folder, 'journees.regie');
  await writeFile(file, JSON.stringify(project));
  return file;
}

/** The keynote as it is on the grid, and as it waits in the backlog. */
const keynote = (timetable: TimetablePage) => timetable.card(BACKLOG_ID);
const waiting = (timetable: TimetablePage) => timetable.backlogItem(TITLE);

/** Saves through the menu, then waits for the status naming the file: the save has been written when it shows. */
async function savedSession(page: Page, menu: (c: 'saveAs') => Promise<void>, file: string) {
  await menu('saveAs');
  await expect(page.getByRole('status').filter({ hasText: `Saved to “${basename(file)}”` })).toBeVisible();
  const saved = JSON.parse(await readFile(file, 'utf8')) as Project;
  return saved.sessions.find((s) => s.id === BACKLOG_ID)!;
}

// Each gesture starts from a file where the keynote already is where the gesture begins, so each fails alone.
const AMPHI_B_14 = { roomId: 'room-amphi-b', day: '2025-10-14', start: '10:30' };
const AMPHI_B_15 = { ...AMPHI_B_14, day: '2025-10-15' };
const GRAND_AMPHI_15 = { roomId: 'room-grand-amphi', day: '2025-10-15', start: '08:00' };

test('from the backlog onto Amphi B, 14 Oct, 10:30: the target shows the exact times while dragging; the file keeps the slot', async ({ openRegie }) => {
  const out = join(folder, 'saved.regie');
  const { page, menu } = await openRegie({ projectFile: await projectWithKeynote(), language: 'en', dialogs: { save: [out] } });
  const timetable = new TimetablePage(page);
  await timetable.showDay(/^14 Oct/);
  await timetable.drag(waiting(timetable), timetable.slot('Amphithéâtre B, 14 Oct, 10:30'), {
    during: async () => {
      await expect(timetable.preview()).toContainText('Amphithéâtre B, 10:30–11:15');
      await expect(timetable.preview()).toContainText('Room free');
    },
  });
  await expect(keynote(timetable)).toHaveAccessibleName(/^Keynote transverse — Frugalité.*, 10:30–11:15/);
  await expect(waiting(timetable)).toHaveCount(0);
  expect((await savedSession(page, menu, out)).slot).toEqual(AMPHI_B_14);
});

test('dropped on the 15 Oct tab: same room and time, another day', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: await projectWithKeynote(AMPHI_B_14), language: 'en' });
  const timetable = new TimetablePage(page);
  await timetable.showDay(/^14 Oct/);
  await timetable.drag(keynote(timetable), timetable.dayTab(/^15 Oct/), {
    during: () => expect(timetable.dayTab(/^15 Oct/)).toHaveAttribute('data-over', 'true'),
  });
  await expect(keynote(timetable)).toHaveCount(0);
  await timetable.showDay(/^15 Oct/);
  await expect(keynote(timetable)).toHaveAccessibleName(/, 10:30–11:15/);
});

test('moved into another room at 08:00: the card’s top lands where the pointer is', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: await projectWithKeynote(AMPHI_B_15), language: 'en' });
  const timetable = new TimetablePage(page);
  await timetable.showDay(/^15 Oct/);
  await timetable.drag(keynote(timetable), timetable.slot('Grand amphithéâtre, 15 Oct, 08:00'));
  await expect(timetable.column('Grand amphithéâtre').getByRole('button', { name: TITLE })).toHaveAccessibleName(/08:00–08:45/);
});

test('stretched by dragging the lower edge down by 45 minutes (1.5 px per minute at the default zoom)', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: await projectWithKeynote(GRAND_AMPHI_15), language: 'en' });
  const timetable = new TimetablePage(page);
  await timetable.showDay(/^15 Oct/);
  await timetable.stretch('Keynote transverse — Frugalité', 45 * 1.5, () => expect(keynote(timetable)).toHaveCSS('height', /^13[0-9]/));
  await expect(keynote(timetable)).toHaveAccessibleName(/08:00–09:30/);
});

test('dragged back to the backlog', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: await projectWithKeynote(GRAND_AMPHI_15), language: 'en' });
  const timetable = new TimetablePage(page);
  await timetable.showDay(/^15 Oct/);
  await timetable.drag(keynote(timetable), timetable.backlog());
  await expect(keynote(timetable)).toHaveCount(0);
  await expect(waiting(timetable)).toBeVisible();
});

test('undo takes back each gesture, newest first, and redo brings them all back', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: await projectWithKeynote(), language: 'en' });
  const timetable = new TimetablePage(page);
  await timetable.showDay(/^14 Oct/);

  await test.step('five gestures: place, onto another day, into another room, stretch, back to the backlog', async () => {
    await timetable.drag(waiting(timetable), timetable.slot('Amphithéâtre B, 14 Oct, 10:30'));
    await expect(keynote(timetable)).toHaveAccessibleName(/10:30–11:15/);
    await timetable.drag(keynote(timetable), timetable.dayTab(/^15 Oct/));
    await expect(keynote(timetable)).toHaveCount(0);
    await timetable.showDay(/^15 Oct/);
    await timetable.drag(keynote(timetable), timetable.slot('Grand amphithéâtre, 15 Oct, 08:00'));
    await expect(keynote(timetable)).toHaveAccessibleName(/08:00–08:45/);
    await timetable.stretch('Keynote transverse — Frugalité', 45 * 1.5);
    await expect(keynote(timetable)).toHaveAccessibleName(/08:00–09:30/);
    await timetable.drag(keynote(timetable), timetable.backlog());
    await expect(waiting(timetable)).toBeVisible();
  });

  await test.step('undo each step, newest first', async () => {
    for (const expected of ['08:00–09:30', '08:00–08:45', '10:30–11:15']) {
      await page.keyboard.press('Control+z');
      await timetable.scrollToStart();
      await expect(keynote(timetable)).toHaveAccessibleName(new RegExp(expected));
    }
    await page.keyboard.press('Control+z');
    await expect(keynote(timetable)).toHaveCount(0);
    await timetable.showDay(/^14 Oct/);
    await expect(keynote(timetable)).toHaveAccessibleName(/10:30–11:15/);
    await page.keyboard.press('Control+z');
    await expect(keynote(timetable)).toHaveCount(0);
    await expect(waiting(timetable)).toBeVisible();
    await expect(timetable.undoButton()).toBeDisabled();
  });

  await test.step('redo them all: back in the backlog, and one undo brings the stretched card back', async () => {
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Control+Shift+z');
    // Nothing left to redo: all five steps were applied.
    await expect(timetable.redoButton()).toBeDisabled();
    await expect(waiting(timetable)).toBeVisible();
    await timetable.showDay(/^15 Oct/);
    await page.keyboard.press('Control+z');
    await timetable.scrollToStart();
    await expect(keynote(timetable)).toHaveAccessibleName(/08:00–09:30/);
  });
});

test('a keyboard-only drag places a session, with announcements', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: await projectWithKeynote(), language: 'en' });
  const timetable = new TimetablePage(page);
  await timetable.showDay(/^15 Oct/);
  await waiting(timetable).focus();
  await page.keyboard.press('Space');
  await expect(waiting(timetable)).toHaveAttribute('data-dragging', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(timetable.announcements()).toContainText('is over Grand amphithéâtre, 15 Oct, 08:00–08:45');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  const placed = timetable.column('Grand amphithéâtre').getByRole('button', { name: TITLE });
  // Each arrow moves one snap step down (dnd-kit may scroll the page for part of the way): a start after 08:00.
  await expect(placed).toHaveAccessibleName(/, 08:\d\d–\d\d:\d\d,/);
  const times = /(\d\d:\d\d)–(\d\d:\d\d)/.exec((await placed.getAttribute('aria-label'))!)!;
  expect(times[1]! > '08:00').toBe(true);
  expect(times[1]! <= '08:15').toBe(true);
  await expect(timetable.announcements()).toContainText(`dropped: Grand amphithéâtre, 15 Oct, ${times[0]}`);
});

test('an overlap is marked while dragging and after the drop', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: await projectWithKeynote(), language: 'en' });
  const timetable = new TimetablePage(page);
  await timetable.showDay(/^15 Oct/);
  await timetable.drag(waiting(timetable), timetable.slot('Grand amphithéâtre, 15 Oct, 09:15'), {
    during: async () => {
      await expect(timetable.preview()).toHaveAttribute('data-conflict', 'true');
      await expect(timetable.preview()).toContainText('Overlaps “Session thématique 3');
    },
  });
  const bothInRoom = /“Session thématique 3[^”]*” \(09:00–10:30\) and “Keynote transverse — Frugalité[^”]*” \(09:15–10:00\) are both in Grand amphithéâtre/;
  await expect(keynote(timetable)).toHaveAttribute('data-problems', 'error');
  // The card says how many findings it has; its icon opens their texts.
  await expect(keynote(timetable)).toHaveAccessibleDescription(/\d errors? on “Keynote transverse — Frugalité/);
  await timetable.openFindings(BACKLOG_ID);
  await expect(timetable.findingsPopover('Keynote transverse — Frugalité et santé numérique')).toContainText(bothInRoom);
  await page.keyboard.press('Escape');
  await timetable.openFindings('session-theme-3');
  await expect(timetable.findingTexts('session-theme-3').filter({ hasText: bothInRoom })).toHaveCount(1);
  await page.keyboard.press('Escape');

  // The Problems panel takes the organiser back to the card, on its day, selected and focused.
  await timetable.showDay(/^13 Oct/);
  const problems = new ProblemsPage(page);
  await problems.open();
  await problems.message('Frugalité').first().click();
  await expect(timetable.dayTab(/^15 Oct/)).toHaveAttribute('aria-selected', 'true');
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
  const timetable = new TimetablePage(page);
  await timetable.showDay(/^15 Oct/);

  // 09:15–10:00 overlaps the thematic session (09:00–10:30) and, inside it, its keynote and first two talks.
  await timetable.drag(waiting(timetable), timetable.slot('Grand amphithéâtre, 15 Oct, 09:15'), {
    during: async () => {
      await expect(timetable.preview()).toHaveText(/Overlaps “Session thématique 3 — Jumeaux numériques : enjeux et perspectives pour la santé” in the same room$/);
    },
  });
  const messages = (id: string) => timetable.findingTexts(id);
  await timetable.openFindings(BACKLOG_ID);
  await expect(messages(BACKLOG_ID)).toHaveCount(1);
  await expect(messages(BACKLOG_ID)).toContainText('are both in Grand amphithéâtre');
  await page.keyboard.press('Escape');
  await timetable.openFindings('session-theme-3');
  await expect(messages('session-theme-3')).toHaveCount(1);
  await page.keyboard.press('Escape');
  for (const talk of ['session-theme-3-keynote', 'session-theme-3-talk-1', 'session-theme-3-talk-2']) {
    await expect(timetable.card(talk)).toBeVisible();
    await expect(timetable.findings(talk)).toHaveCount(0);
  }

  const problems = new ProblemsPage(page);
  await problems.open();
  await expect(problems.message('Frugalité')).toHaveCount(1);
  await expect(problems.message('Frugalité')).toContainText('are both in Grand amphithéâtre');
});

test('forms refuse a negative capacity and an empty title with a message, and change nothing', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: await projectWithKeynote(), language: 'en' });
  const timetable = new TimetablePage(page);
  await page.getByRole('button', { name: 'Rooms, venues, days, people' }).click();
  await page.getByRole('button', { name: 'Edit Amphithéâtre B' }).click();
  await page.getByLabel('Capacity (seats)').fill('-5');
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Capacity “-5” refused: type a whole number of seats, zero or more. Nothing was changed.')).toBeVisible();
  await expect(page.getByLabel('Capacity (seats)')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(timetable.undoButton()).toBeDisabled();
  await expect(timetable.header('Amphithéâtre B')).toContainText('60 seats');

  await waiting(timetable).click();
  await page.getByLabel('Title').fill('   ');
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('The title is empty: give the session a title. Nothing was changed.')).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(waiting(timetable)).toBeVisible();
  await expect(timetable.undoButton()).toBeDisabled();
});

test('snapping, zoom, hiding and reordering rooms change the grid, not the project', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: await projectWithKeynote(), language: 'en' });
  const timetable = new TimetablePage(page);
  await timetable.showDay(/^14 Oct/);
  await expect(timetable.slot('Amphithéâtre B, 14 Oct, 10:35')).toHaveCount(1);
  await page.getByLabel('Snap to').selectOption('15');
  await expect(timetable.slot('Amphithéâtre B, 14 Oct, 10:35')).toHaveCount(0);
  await expect(timetable.slot('Amphithéâtre B, 14 Oct, 10:45')).toHaveCount(1);
  await expect(timetable.undoButton()).toBeEnabled();
  // A double click on a slot opens a new session at that room and time.
  await timetable.slot('Amphithéâtre B, 14 Oct, 10:45').dblclick();
  const form = page.getByRole('form', { name: 'New session' });
  await expect(form.getByLabel('Room', { exact: true })).toHaveValue('room-amphi-b');
  await expect(form.getByLabel('Start', { exact: true })).toHaveValue('10:45');
  await page.getByRole('button', { name: 'Close' }).click();

  const opening = timetable.card('session-opening');
  const before = (await opening.boundingBox())!.height;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await opening.boundingBox())!.height).toBeGreaterThan(before);

  const columns = timetable.columns();
  await expect(columns.first()).toHaveAccessibleName('Grand amphithéâtre');
  await page.getByText('Rooms shown').click();
  await page.getByRole('button', { name: 'Move Grand amphithéâtre right' }).click();
  await expect(columns.first()).toHaveAccessibleName('Amphithéâtre B');
  await page.getByRole('checkbox', { name: 'Show Amphithéâtre B' }).uncheck();
  await expect(timetable.column('Amphithéâtre B')).toHaveCount(0);
  await expect(columns.first()).toHaveAccessibleName('Grand amphithéâtre');
  // Only the snapping was a project edit: one undo step, which brings the 5-minute slots back.
  await page.getByRole('region', { name: /^Grid of 14 Oct/ }).focus();
  await page.keyboard.press('Control+z');
  await expect(timetable.slot('Grand amphithéâtre, 14 Oct, 10:35')).toHaveCount(1);
  await expect(timetable.undoButton()).toBeDisabled();
});

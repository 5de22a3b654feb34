/**
 * A calm grid at 1440×900 on a 29-room event: only the grid scrolls, every room fits on demand, findings are icons
 * whose texts open in a popover, and a file reopens where the organiser left its timetable.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildProject, DAY2, sessionAt } from '../fixtures/project.ts';
import { expect, test } from './harness.ts';
import { TimetablePage } from './pages/timetable.ts';

const ROOMS = 29;
const roomId = (i: number) => `r${String(i).padStart(2, '0')}`;
const roomName = (i: number) => `Salle polyvalente du bâtiment Recherche ${String(i).padStart(2, '0')}`;

/** 29 rooms; on the first day a talk without a theme (a note) at 14:00 opens it, two sessions clash at 15:00. */
function bigEvent() {
  return buildProject({
    venues: [{ id: 'v1', name: 'Campus Cité scientifique' }],
    rooms: Array.from({ length: ROOMS }, (_, k) => ({ id: roomId(k + 1), venueId: 'v1', name: roomName(k + 1), capacity: 40 })),
    sessions: [
      sessionAt('first', roomId(20), '14:00', 60, { kind: 'talk', title: 'Premier exposé du jour' }),
      sessionAt('clash-a', roomId(21), '15:00', 60, { title: 'Atelier A' }),
      sessionAt('clash-b', roomId(21), '15:30', 60, { title: 'Atelier B' }),
      ...Array.from({ length: ROOMS }, (_, k) => sessionAt(`d1-${k}`, roomId(k + 1), '16:30', 60, { title: `Atelier du soir ${k + 1}` })),
      ...Array.from({ length: ROOMS }, (_, k) => sessionAt(`d2-${k}`, roomId(k + 1), '09:00', 90, { day: DAY2, title: `Atelier du matin ${k + 1}` })),
    ],
  });
}

let folder: string;
let file: string;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'regie-fit-'));
  file = join(folder, 'grand-evenement.regie');
  await writeFile(file, JSON.stringify(bigEvent()));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The app's settings as written in this test's user-data folder. */
const settings = async (userData: string) => JSON.parse(await readFile(join(userData, 'config.json'), 'utf8').catch(() => '{}')) as Record<string, unknown>;

const pageScroll = (page: Page) =>
  page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth, innerHeight, innerWidth }));

test('at 1440×900 only the grid scrolls; fit all rooms shows the 29 rooms’ headers; a header shows its whole name; backlog filters read whole', async ({ openRegie }) => {
  const { page } = await openRegie({ projectFile: file });
  await page.setViewportSize({ width: 1440, height: 900 });
  const timetable = new TimetablePage(page);
  await expect(timetable.card('first')).toBeVisible();
  const grid = timetable.grid();
  expect(await grid.evaluate((g) => g.scrollWidth > g.clientWidth && g.scrollHeight > g.clientHeight)).toBe(true);
  const before = await pageScroll(page);
  expect(before.height).toBeLessThanOrEqual(before.innerHeight);
  expect(before.width).toBeLessThanOrEqual(before.innerWidth);

  const fit = page.getByRole('button', { name: 'Toutes les salles à l’écran' });
  await fit.click();
  await expect(fit).toHaveAttribute('aria-pressed', 'true');
  await expect(timetable.headers()).toHaveCount(ROOMS);
  await expect.poll(() => grid.evaluate((g) => g.scrollWidth <= g.clientWidth)).toBe(true);
  const gridBox = (await grid.boundingBox())!;
  for (const header of await timetable.headers().all()) {
    const box = (await header.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(gridBox.x);
    expect(box.x + box.width).toBeLessThanOrEqual(gridBox.x + gridBox.width);
  }
  const after = await pageScroll(page);
  expect(after.height).toBeLessThanOrEqual(after.innerHeight);
  expect(after.width).toBeLessThanOrEqual(after.innerWidth);

  // A narrow header cuts the name; on hover it shows it whole, and its tooltip says venue, name and seats.
  const header = timetable.header(roomName(7));
  await expect(header).toHaveAttribute('title', `Campus Cité scientifique · ${roomName(7)} · 40 places`);
  const name = header.locator('.tt-column__name');
  const cut = () => name.evaluate((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1);
  expect(await cut()).toBe(true);
  await header.hover();
  await expect.poll(cut).toBe(false);
  await expect(name).toHaveText(`${roomName(7)} · 40 places`);

  // Each backlog filter shows its choice whole ("Tous les types", not "Tous les t").
  for (const select of await timetable.backlog().locator('select').all()) {
    const room = await select.evaluate((s: HTMLSelectElement) => {
      const context = document.createElement('canvas').getContext('2d')!;
      const style = getComputedStyle(s);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // The arrow and the padding take about 28 px of the box.
      return s.clientWidth - 28 - context.measureText(s.selectedOptions[0]!.text).width;
    });
    expect(room).toBeGreaterThan(0);
  }
});

test('a card shows its findings as icons and counts; the icon opens their texts (pointer and keyboard); a filter hides the notes', async ({ openRegie }) => {
  const { page, userData } = await openRegie({ projectFile: file, language: 'en' });
  await page.setViewportSize({ width: 1440, height: 900 });
  const timetable = new TimetablePage(page);
  await expect(timetable.card('first')).toBeVisible();

  const note = timetable.findings('first');
  await expect(note).toHaveAccessibleName('1 note on “Premier exposé du jour”: show them');
  await expect(note.locator('[data-severity="info"]')).toHaveText('1');
  // A note is not red: it has the accent's colour and the "i" shape, an error its own.
  const colour = (severity: string) => page.locator(`.tt-findings__count[data-severity="${severity}"]`).first().evaluate((e) => getComputedStyle(e).color);
  expect(await colour('info')).toBe('rgb(29, 78, 137)');
  const clash = timetable.findings('clash-a');
  await expect(clash).toHaveAccessibleName('1 error on “Atelier A”: show them');
  expect(await colour('error')).toBe('rgb(166, 27, 27)');

  await clash.click();
  const popover = timetable.findingsPopover('Atelier A');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('“Atelier A” (15:00–16:00) and “Atelier B” (15:30–16:30) are both in Salle polyvalente du bâtiment Recherche 21');
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();

  await note.focus();
  await page.keyboard.press('Enter');
  await expect(timetable.findingsPopover('Premier exposé du jour')).toContainText('“Premier exposé du jour” has no theme');
  await page.keyboard.press('Escape');

  await timetable.findingsFilter().getByRole('checkbox', { name: 'Notes' }).uncheck();
  await expect(note).toHaveCount(0);
  await expect(timetable.card('first')).not.toHaveAttribute('data-problems');
  await expect(clash).toBeVisible();
  // Kept in the app's settings, for every file.
  await expect.poll(async () => (await settings(userData)).shownFindings).toEqual(['error', 'warning']);
});

test('a file opens where its sessions are, and reopens on the day and at the place the organiser left', async ({ openRegie }) => {
  const { page, menu, dialogs, userData } = await openRegie({ projectFile: file, language: 'en' });
  await page.setViewportSize({ width: 1440, height: 900 });
  const timetable = new TimetablePage(page);

  // Never looked at: the first day, at its first session (14:00, the 20th room), not on an empty morning.
  await expect(timetable.dayTab(/^14 Oct/)).toHaveAttribute('aria-selected', 'true');
  const gridBox = (await timetable.grid().boundingBox())!;
  const first = (await timetable.card('first').boundingBox())!;
  expect(first.x).toBeGreaterThanOrEqual(gridBox.x);
  expect(first.x + first.width).toBeLessThanOrEqual(gridBox.x + gridBox.width);
  expect(first.y).toBeGreaterThanOrEqual(gridBox.y);
  expect(first.y + first.height).toBeLessThanOrEqual(gridBox.y + gridBox.height);

  await timetable.showDay(/^15 Oct/);
  await timetable.grid().hover();
  await page.mouse.wheel(0, 240);
  await page.mouse.wheel(1900, 0);
  // The wheel scrolls smoothly: the place is read once the grid stands still.
  await expect.poll(async () => { const { left, top } = await timetable.settledScroll(); return left > 1000 && top > 100; }).toBe(true);
  const left = await timetable.firstRoomInView();
  const leftId = roomId(Number(left.room.slice(-2)));
  // Written to the app's settings for this file; the project file itself is untouched.
  await expect
    .poll(async () => ((await settings(userData)).timetablePlaces as { file: string }[] | undefined)?.[0])
    .toMatchObject({ file, day: DAY2, roomId: leftId });
  expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(bigEvent())));

  await menu('openSample');
  await expect(timetable.dayTab(/^13 Oct/)).toBeVisible();
  dialogs.open.push(file);
  await menu('open');
  await expect(timetable.dayTab(/^15 Oct/)).toHaveAttribute('aria-selected', 'true');
  await expect.poll(async () => (await timetable.firstRoomInView()).room).toBe(left.room);
  expect(Math.abs((await timetable.firstRoomInView()).top - left.top)).toBeLessThanOrEqual(2);
});

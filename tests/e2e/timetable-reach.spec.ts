/**
 * A FOSDEM-sized day at 1440×900: every room in reach of a pointer or keyboard drag, overlaps side by side,
 * "Move to…", the search over the grid and the backlog's empty states.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Project } from '../../shared/model/schema.ts';
import { buildProject, sessionAt } from '../fixtures/project.ts';
import { expect, test, type RegieWindow } from './harness.ts';
import { TimetablePage } from './pages/timetable.ts';

const DAY1 = '2026-02-01';
const DAY2 = '2026-02-02';
const ROOMS = Array.from({ length: 29 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`);
const roomName = (id: string) => `Salle ${id.slice(1)}`;
const LAST = ROOMS.at(-1)!;

/** 29 rooms in one venue over two days, a talk in every room, two talks overlapping in Salle 02, one in the backlog. */
function bigDay(): Project {
  return buildProject({
    event: { name: 'Grand week-end', days: [{ date: DAY1 }, { date: DAY2 }] },
    venues: [{ id: 'ulb', name: 'Campus', openingHours: [{ day: DAY1, start: '09:00', end: '19:00' }, { day: DAY2, start: '09:00', end: '17:00' }] }],
    rooms: ROOMS.map((id) => ({ id, venueId: 'ulb', name: roomName(id), capacity: 100 })),
    people: [{ id: 'dupre', firstName: 'Élodie', lastName: 'Dupré' }],
    sessions: [
      sessionAt('opening', 'r01', '09:00', 60, { title: 'Ouverture', kind: 'plenary', day: DAY1 }),
      ...ROOMS.map((id) => sessionAt(`talk-${id}`, id, '14:00', 30, { title: `Exposé en ${roomName(id)}`, kind: 'talk', day: DAY1 })),
      sessionAt('rust', 'r02', '11:00', 60, { title: 'Rust dans le noyau', kind: 'talk', day: DAY1 }),
      sessionAt('mesh', 'r02', '11:30', 60, { title: 'Réseaux maillés', kind: 'talk', day: DAY1, people: [{ personId: 'dupre', role: 'speaker' }] }),
      sessionAt('day2', 'r05', '10:00', 45, { title: 'Bilan du week-end', kind: 'talk', day: DAY2 }),
      sessionAt('guix', null, '', 90, { title: 'Atelier Guix', kind: 'workshop' }),
    ],
  });
}

let folder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'regie-reach-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Opens the big event at 1440×900 in English, on its first day. */
async function openBigDay(openRegie: Parameters<Parameters<typeof test>[2]>[0]['openRegie'], project = bigDay()) {
  const file = join(folder, 'fosdem.regie');
  await writeFile(file, JSON.stringify(project));
  const regie = await openRegie({ projectFile: file, language: 'en' });
  await regie.page.setViewportSize({ width: 1440, height: 900 });
  const timetable = new TimetablePage(regie.page);
  await timetable.open();
  await timetable.showDay(/^1 Feb/);
  return { ...regie, timetable };
}

/** Saves as `name` through the menu and reads the session's slot back from the file once the status names it. */
async function savedSlot({ page, menu, dialogs }: RegieWindow, name: string, sessionId: string) {
  const out = join(folder, name);
  dialogs.save.push(out);
  await menu('saveAs');
  await expect(page.getByRole('status').filter({ hasText: `Saved to “${basename(out)}”` })).toBeVisible();
  const saved = JSON.parse(await readFile(out, 'utf8')) as Project;
  return saved.sessions.find((s) => s.id === sessionId)!.slot;
}

const grid = (page: Page) => page.getByRole('region', { name: /^Grid of / });
const box = async (locator: Locator) => (await locator.boundingBox())!;
/** True once the grid is scrolled as far right as it goes. */
const scrolledToEnd = (page: Page) => grid(page).evaluate((el) => el.scrollLeft + el.clientWidth >= el.scrollWidth - 1);

test('a pointer drag from the first room reaches the last of 29 rooms: the grid scrolls by itself near its right edge', async ({ openRegie }) => {
  const regie = await openBigDay(openRegie);
  const { page, timetable } = regie;
  await expect(timetable.column(roomName(LAST))).not.toBeInViewport();
  const card = await box(timetable.card('opening'));
  const area = await box(grid(page));
  await page.mouse.move(card.x + card.width / 2, card.y + 10);
  await page.mouse.down();
  await page.mouse.move(card.x + card.width / 2 + 12, card.y + 22, { steps: 4 });
  // Held near the right edge, inside the grid: it scrolls until the last room shows.
  await page.mouse.move(area.x + area.width - 20, card.y + 22, { steps: 10 });
  await expect.poll(() => scrolledToEnd(page), { timeout: 30_000 }).toBe(true);
  const last = await box(page.locator(`[data-column-body="${LAST}"]`));
  await page.mouse.move(last.x + last.width / 2, card.y + 22, { steps: 10 });
  await expect(timetable.column(roomName(LAST)).locator('.tt-preview')).toContainText(`${roomName(LAST)}, 09:`);
  await page.mouse.up();
  await expect(timetable.column(roomName(LAST)).locator('.tt-card[data-session-id="opening"]')).toHaveCount(1);
  expect(await savedSlot(regie, 'saved-1.regie', 'opening')).toMatchObject({ roomId: LAST, day: DAY1 });
});

test('a keyboard drag reaches the last of 29 rooms, the grid scrolling as it goes, and Page Down takes it to the next day', async ({ openRegie }) => {
  const regie = await openBigDay(openRegie);
  const { page, timetable } = regie;
  await timetable.card('opening').focus();
  await page.keyboard.press('Space');
  await expect(timetable.card('opening')).toHaveAttribute('aria-pressed', 'true');
  for (let i = 1; i < ROOMS.length; i += 1) await page.keyboard.press('ArrowRight');
  await expect(timetable.column(roomName(LAST)).locator('.tt-preview')).toContainText(`${roomName(LAST)}, 09:00–10:00`);
  await expect(timetable.announcements()).toContainText(`is over ${roomName(LAST)}, 1 Feb, 09:00–10:00`);
  await page.keyboard.press('Space');
  await expect(timetable.column(roomName(LAST)).locator('.tt-card[data-session-id="opening"]')).toHaveCount(1);
  expect(await savedSlot(regie, 'saved-2.regie', 'opening')).toEqual({ roomId: LAST, day: DAY1, start: '09:00' });

  await timetable.card('opening').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('PageDown');
  await expect(timetable.dayTab(/^2 Feb/)).toHaveAttribute('aria-selected', 'true');
  await expect(timetable.column(roomName(LAST)).locator('.tt-preview')).toContainText(`${roomName(LAST)}, 09:00–10:00`);
  await expect(page.locator('.tt-heard')).toHaveText(`“Ouverture” is over ${roomName(LAST)}, 2 Feb, 09:00–10:00.`);
  await page.keyboard.press('Space');
  await expect(timetable.column(roomName(LAST)).locator('.tt-card[data-session-id="opening"]')).toHaveCount(1);
  expect(await savedSlot(regie, 'saved-3.regie', 'opening')).toEqual({ roomId: LAST, day: DAY2, start: '09:00' });
});

/** True when the element at the card's centre is the card or inside it: nothing covers it there. */
const hitAtCentre = (card: Locator) =>
  card.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && el.contains(hit);
  });

test('sessions overlapping in a room stand side by side: the drop preview takes its lane, and every card is visible and clickable', async ({ openRegie }) => {
  const { page, timetable } = await openBigDay(openRegie);
  const rust = timetable.card('rust');
  const mesh = timetable.card('mesh');
  const [a, b] = [await box(rust), await box(mesh)];
  expect(a.x + a.width <= b.x + 0.5).toBe(true);

  let preview = { x: 0, width: 0 };
  await timetable.drag(timetable.backlogItem(/^Atelier Guix/), timetable.slot('Salle 02, 1 Feb, 11:00'), {
    centreTarget: true,
    during: async () => {
      // The longest of three sessions starting together takes the first of three lanes.
      await expect(timetable.preview()).toHaveAttribute('data-lane', '1/3');
      preview = await box(timetable.preview());
    },
  });
  const guix = timetable.card('guix');
  await expect(guix).toHaveAccessibleName(/^Atelier Guix, Workshop, 11:00–12:30/);
  const dropped = await box(guix);
  expect(Math.abs(dropped.x - preview.x)).toBeLessThan(2);
  expect(Math.abs(dropped.width - preview.width)).toBeLessThan(4);

  for (const [card, title] of [[guix, 'Atelier Guix'], [rust, 'Rust dans le noyau'], [mesh, 'Réseaux maillés']] as const) {
    expect(await hitAtCentre(card), `${title} is covered at its centre`).toBe(true);
    await card.click();
    await expect(page.getByRole('dialog', { name: 'Edit session' }).getByLabel('Title')).toHaveValue(title);
    await page.getByRole('button', { name: 'Close' }).click();
  }
});

test('“Move to…” in a card’s menu moves a session to another room, day and time in one undoable step, and says why it refuses a time', async ({ openRegie }) => {
  const regie = await openBigDay(openRegie);
  const { page, timetable } = regie;
  await timetable.card('opening').click({ button: 'right' });
  await page.getByRole('menu', { name: 'Actions for “Ouverture”' }).getByRole('menuitem', { name: 'Move to…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move “Ouverture”' });
  await dialog.getByLabel('Room').selectOption({ label: 'Salle 17' });
  await dialog.getByLabel('Day').selectOption(DAY2);
  await dialog.getByLabel('Start').fill('23:30');
  await dialog.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('“Ouverture” (60 min) does not fit in the day from 23:30: place it earlier or shorten it. Nothing was changed.');
  await expect(timetable.undoButton()).toBeDisabled();

  await dialog.getByLabel('Start').fill('15:30');
  await dialog.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(timetable.dayTab(/^2 Feb/)).toHaveAttribute('aria-selected', 'true');
  const moved = timetable.column('Salle 17').locator('.tt-card[data-session-id="opening"]');
  await expect(moved).toHaveAccessibleName(/^Ouverture, Plenary, 15:30–16:30/);
  await expect(moved).toBeFocused();
  expect(await savedSlot(regie, 'saved-4.regie', 'opening')).toEqual({ roomId: 'r17', day: DAY2, start: '15:30' });

  // One step: a single undo puts it back where it was.
  await timetable.undoButton().click();
  await expect(timetable.undoButton()).toBeDisabled();
  await timetable.showDay(/^1 Feb/);
  await expect(timetable.column('Salle 01').locator('.tt-card[data-session-id="opening"]')).toHaveAccessibleName(/09:00–10:00/);
});

test('the card’s menu opens from the keyboard (Shift+F10) and Escape gives the focus back to the card', async ({ openRegie }) => {
  const { page, timetable } = await openBigDay(openRegie);
  await timetable.card('rust').focus();
  await page.keyboard.press('Shift+F10');
  const items = page.getByRole('menu', { name: 'Actions for “Rust dans le noyau”' }).getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(items).toHaveCount(0);
  await expect(timetable.card('rust')).toBeFocused();
});

test('the search over the grid highlights matches and jumps between them with Enter and Shift+Enter, across rooms and days', async ({ openRegie }) => {
  const { page, timetable } = await openBigDay(openRegie);
  const search = page.getByRole('searchbox', { name: 'Find on the grid' });
  const count = page.locator('.tt-find__count');
  await search.fill('EXPOSE');
  await expect(count).toHaveText('1 of 29');
  await expect(timetable.card('talk-r01')).toHaveAttribute('data-found', 'current');
  await expect(timetable.card('talk-r02')).toHaveAttribute('data-found', 'match');
  await expect(timetable.card('opening')).not.toHaveAttribute('data-found', /./);

  // Back from the first match to the last: the grid scrolls to the 29th room, which it had not drawn.
  await expect(timetable.card('talk-r29')).toHaveCount(0);
  await search.press('Shift+Enter');
  await expect(count).toHaveText('29 of 29');
  await expect(timetable.card('talk-r29')).toHaveAttribute('data-found', 'current');
  await expect(timetable.card('talk-r29')).toBeInViewport({ ratio: 1 });
  await search.press('Enter');
  await expect(count).toHaveText('1 of 29');
  await expect(timetable.card('talk-r01')).toBeInViewport({ ratio: 1 });
  await expect(search).toBeFocused();

  // A speaker's name without its accents, then a title on the other day.
  await search.fill('elodie dupre');
  await expect(count).toHaveText('1 of 1');
  await expect(timetable.card('mesh')).toHaveAttribute('data-found', 'current');
  await search.fill('bilan');
  await expect(timetable.dayTab(/^2 Feb/)).toHaveAttribute('aria-selected', 'true');
  await expect(timetable.card('day2')).toHaveAttribute('data-found', 'current');
  await expect(timetable.card('day2')).toBeInViewport();
  await search.fill('zzz');
  await expect(count).toHaveText('No placed session matches “zzz”: try another word.');
});

test('the backlog says when filters hide everything (with a button to clear them) and when nothing waits to be placed', async ({ openRegie }) => {
  const { page, timetable } = await openBigDay(openRegie);
  const backlog = timetable.backlog();
  await backlog.getByLabel('Kind').selectOption({ label: 'Keynote' });
  await expect(backlog).toContainText('No session matches these filters — clear them');
  await expect(timetable.backlogItem(/^Atelier Guix/)).toHaveCount(0);
  await backlog.getByRole('button', { name: 'clear them' }).click();
  await expect(backlog.getByLabel('Kind')).toHaveValue('');
  await expect(timetable.backlogItem(/^Atelier Guix/)).toBeVisible();

  await timetable.drag(timetable.backlogItem(/^Atelier Guix/), timetable.slot('Salle 03, 1 Feb, 10:00'), { centreTarget: true });
  await expect(timetable.card('guix')).toBeVisible();
  await expect(backlog.locator('.tt-backlog__empty')).toHaveText('Nothing waiting to be placed');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
  await expect(page.getByRole('complementary', { name: 'Réserve' }).locator('.tt-backlog__empty')).toHaveText('Rien n’attend d’être placé');
});

/** Names, never ids: every view of the sample, read as a person sees it, names people, sessions, rooms, tours and posters. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { fullName } from '../../shared/model/people.ts';
import { toMinutes } from '../../shared/model/time.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { idsIn, projectIds } from '../fixtures/ids-in-text.ts';
import { expect, test } from './harness.ts';

/** The sample, with one speaker also on stage in a session running at the same time: a person in the Problems view. */
function sampleWithPersonTwice() {
  const project = sampleProject();
  const placed = project.sessions.filter((s) => s.slot && s.people.length > 0 && s.parentId === null);
  const span = (s: (typeof placed)[number]) => [toMinutes(s.slot!.start), toMinutes(s.slot!.start) + s.durationMinutes] as const;
  const [a, b] = placed.flatMap((x) => placed.filter((y) => y !== x && y.slot!.day === x.slot!.day && y.slot!.roomId !== x.slot!.roomId
    && span(x)[0] < span(y)[1] && span(y)[0] < span(x)[1]).map((y) => [x, y] as const))[0]!;
  b.people.push({ personId: a.people[0]!.personId, role: 'speaker' });
  return { project, person: project.people.find((p) => p.id === a.people[0]!.personId)! };
}

const { project, person } = sampleWithPersonTwice();
const ids = projectIds(project);

let folder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'regie-names-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function open(openRegie: (o: { projectFile: string; language: 'en' }) => Promise<{ page: Page }>, view: string): Promise<Page> {
  const file = join(folder, 'sample.regie');
  await writeFile(file, JSON.stringify(project));
  const { page } = await openRegie({ projectFile: file, language: 'en' });
  await page.getByRole('tab', { name: view, exact: true }).click();
  await expect(page.getByRole('tab', { name: view, exact: true })).toHaveAttribute('aria-selected', 'true');
  return page;
}

/** The ids in what the window shows now (the caller has waited for the view's content to be there). */
const visibleIds = async (page: Page): Promise<string[]> => idsIn(await page.locator('body').innerText(), ids);

/** Dates written as the file stores them (2025-10-14) where a person reads "Tuesday 14 October". */
const visibleIsoDates = async (page: Page): Promise<string[]> => (await page.locator('body').innerText()).match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [];

test('the timetable names sessions, speakers and rooms on every day', async ({ openRegie }) => {
  const page = await open(openRegie, 'Timetable');
  for (const day of project.event.days) {
    const first = project.sessions.find((s) => s.slot?.day === day.date && s.parentId === null)!;
    await page.locator('.tt-day').nth(project.event.days.indexOf(day)).click();
    await expect(page.locator(`.tt-card[data-session-id="${first.id}"]`)).toBeVisible();
    expect(await visibleIds(page), day.date).toEqual([]);
    expect(await visibleIsoDates(page), day.date).toEqual([]);
  }
});

test('the catalogue of people and a session’s form name people', async ({ openRegie }) => {
  const page = await open(openRegie, 'Timetable');
  await page.getByRole('button', { name: 'Rooms, venues, days, people' }).click();
  await page.getByRole('tab', { name: 'People', exact: true }).click();
  await expect(page.getByRole('button', { name: `Edit ${fullName(person)}` })).toBeVisible();
  expect(await visibleIds(page)).toEqual([]);
  await page.getByRole('button', { name: 'Close' }).click();

  const speaking = project.sessions.find((s) => s.slot?.day === project.event.days[0]!.date && s.parentId === null && s.people.length > 0)!;
  await page.locator(`.tt-card[data-session-id="${speaking.id}"]`).click();
  await expect(page.getByLabel('Title')).toHaveValue(speaking.title);
  expect(await visibleIds(page)).toEqual([]);
});

test('the participants table names people', async ({ openRegie }) => {
  const page = await open(openRegie, 'Participants');
  await expect(page.getByRole('tabpanel').getByRole('row').nth(1)).toBeVisible();
  expect(await visibleIds(page)).toEqual([]);
});

test('the Problems view names the person booked twice', async ({ openRegie }) => {
  const page = await open(openRegie, 'Problems');
  await expect(page.locator('.problem__message', { hasText: fullName(person) }).first()).toBeVisible();
  expect(await visibleIds(page)).toEqual([]);
});

test('the Exports view names people in every workbook’s first rows', async ({ openRegie }) => {
  const page = await open(openRegie, 'Exports');
  const summaries = page.locator('.workbook-card summary');
  await expect(summaries.first()).toBeVisible();
  for (let i = 0; i < (await summaries.count()); i += 1) await summaries.nth(i).click();
  const posters = page.locator('[data-workbook="posters"] .workbook-card__sample');
  await expect(posters).toBeVisible();
  const first = project.posterHall.posters.find((p) => p.boardFaceId === 'board-01-A')!;
  await expect(posters).toContainText(fullName(project.people.find((p) => p.id === first.presenters[0])!));
  expect(await visibleIds(page)).toEqual([]);
});

test('the Tours view names guides and members, and writes dates in words', async ({ openRegie }) => {
  const page = await open(openRegie, 'Tours');
  for (const group of project.tours[0]!.groups) await expect(page.getByRole('article').getByRole('region', { name: group.name, exact: true })).toBeVisible();
  expect(await visibleIds(page)).toEqual([]);
  expect(await visibleIsoDates(page)).toEqual([]);
});

test('the Poster hall view names presenters', async ({ openRegie }) => {
  const page = await open(openRegie, 'Poster hall');
  await expect(page.getByRole('tabpanel').getByRole('row').filter({ hasText: project.posterHall.posters[0]!.title }).first()).toBeVisible();
  expect(await visibleIds(page)).toEqual([]);
  expect(await visibleIsoDates(page)).toEqual([]);
});

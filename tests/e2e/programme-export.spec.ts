/** The programme from the Exports view: calendars written into the folder the dialog gives, read back from disk by ical.js. */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fullName } from '../../shared/model/people.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { readCalendar } from '../unit/programme/read-calendar.ts';
import { test, expect } from './harness.ts';
import { ExportsPage } from './pages/exports.ts';

const sample = sampleProject();
const placed = sample.sessions.filter((session) => session.slot);

test('exports the programme calendar and the personal calendars into the chosen folder', async ({ openRegie }) => {
  const folder = await mkdtemp(join(tmpdir(), 'regie-e2e-programme-'));
  const { page } = await openRegie({ language: 'en', dialogs: { folder: [folder] } });
  const exports = new ExportsPage(page);
  await exports.open();
  await exports.programmeFormat('schedule.xml (frab)').uncheck();
  await exports.programmeFormat('schedule.json (pretalx)').uncheck();
  await exports.programmeButton().click();
  await expect(exports.programmeStatus()).toContainText(`written to “${basename(folder)}”`);

  const files = (await readdir(folder)).sort();
  expect(files).toEqual(['PEPR SantéNum 2025 - Personal calendars', 'PEPR SantéNum 2025 - Programme.ics']);
  const programme = readCalendar(await readFile(join(folder, 'PEPR SantéNum 2025 - Programme.ics'), 'utf8'));
  expect(programme.events.map((event) => event.summary).sort()).toEqual(placed.map((session) => session.title).sort());

  const personalFolder = join(folder, 'PEPR SantéNum 2025 - Personal calendars');
  const personal = await readdir(personalFolder);
  expect(personal).toContain('Camille Maumet.ics');
  const camille = readCalendar(await readFile(join(personalFolder, 'Camille Maumet.ics'), 'utf8'));
  const hers = placed.filter((session) => session.people.some((p) => p.personId === 'person-maumet'));
  expect(camille.events.map((event) => event.summary).sort()).toEqual(hers.map((session) => session.title).sort());
  expect(camille.events.every((event) => event.description.includes('Camille Maumet'))).toBe(true);

  // A guide's calendar holds the tour group they lead, at its departure on the visit's day (Paris time, summer).
  const tour = sample.tours[0]!;
  const group = tour.groups.find((g) => g.guideId && g.departure)!;
  const guide = sample.people.find((person) => person.id === group.guideId)!;
  const visitDay = sample.sessions.find((session) => session.id === tour.sessionId)!.slot!.day;
  const guided = readCalendar(await readFile(join(personalFolder, `${fullName(guide)}.ics`), 'utf8'));
  const groupEvent = guided.events.find((event) => event.summary === `${tour.name} — ${group.name}`);
  const [hours, minutes] = group.departure!.split(':').map(Number);
  expect(groupEvent?.start).toBe(new Date(`${visitDay}T${String(hours! - 2).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00Z`).toISOString());
});

test('writes schedule.xml and schedule.json beside each other when only they are ticked', async ({ openRegie }) => {
  const folder = await mkdtemp(join(tmpdir(), 'regie-e2e-programme-'));
  const { page } = await openRegie({ language: 'en', dialogs: { folder: [folder] } });
  const exports = new ExportsPage(page);
  await exports.open();
  await exports.programmeFormat('Programme calendar (.ics)').uncheck();
  await exports.programmeFormat('Personal calendars (.ics)').uncheck();
  await exports.programmeButton().click();
  await expect(exports.programmeStatus()).toContainText(`2 files written to “${basename(folder)}”`);
  expect((await readdir(folder)).sort()).toEqual(['PEPR SantéNum 2025 - schedule.json', 'PEPR SantéNum 2025 - schedule.xml']);
  const json = JSON.parse(await readFile(join(folder, 'PEPR SantéNum 2025 - schedule.json'), 'utf8')) as { schedule: { conference: { time_zone_name: string } } };
  expect(json.schedule.conference.time_zone_name).toBe('Europe/Paris');
  expect(await readFile(join(folder, 'PEPR SantéNum 2025 - schedule.xml'), 'utf8')).toContain('<time_zone_name>Europe/Paris</time_zone_name>');
});

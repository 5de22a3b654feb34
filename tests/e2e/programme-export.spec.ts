/** The programme from the Exports view: calendars written into the folder the dialog gives, read back from disk by ical.js. */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fullName } from '../../shared/model/people.ts';
import { findConflicts } from '../../shared/rules/index.ts';
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

test('with errors open, lists them before anything is written, then exports anyway when asked', async ({ openRegie }) => {
  const folder = await mkdtemp(join(tmpdir(), 'regie-e2e-programme-'));
  // The sample with the reproducibility keynote put where the poster session is: one room booked twice.
  const project = sampleProject();
  const posters = project.sessions.find((s) => s.slot && s.title.startsWith('Session posters'))!;
  project.sessions.find((s) => s.id === 'session-keynote-maumet')!.slot = { ...posters.slot! };
  const projectFile = join(folder, 'double.regie');
  await writeFile(projectFile, JSON.stringify(project));
  const out = join(folder, 'programme');
  await mkdir(out);
  const { page, dialogs } = await openRegie({ language: 'en', projectFile, dialogs: { folder: [out] } });
  const exports = new ExportsPage(page);
  await exports.open();
  await exports.programmeFormat('Programme calendar (.ics)').uncheck();
  await exports.programmeFormat('Personal calendars (.ics)').uncheck();
  await exports.programmeFormat('schedule.json (pretalx)').uncheck();
  await exports.programmeButton().click();

  const errors = findConflicts(project).filter((c) => c.severity === 'error').length;
  const warning = exports.programmeOpenErrors();
  await expect(warning).toContainText(new RegExp(`^${errors} errors are still open in the programme: attendees would read them`));
  await expect(warning.getByRole('listitem')).toHaveCount(errors);
  expect(dialogs.folder).toEqual([out]);
  expect(await readdir(out)).toEqual([]);

  await warning.getByRole('button', { name: 'Export anyway' }).click();
  await expect(exports.programmeStatus()).toContainText('1 file written to “programme”');
  await expect(exports.programmeOpenErrors()).toHaveCount(0);
  expect(await readdir(out)).toEqual(['PEPR SantéNum 2025 - schedule.xml']);
});

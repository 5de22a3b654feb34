import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleProject } from '../../../shared/sample/index.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { createAppServices, type AppServices, type AppServicesWithKeeping } from '../../../main/services/app-services.ts';
import { openPreferences, type Preferences } from '../../../main/services/preferences.ts';
import type { Progress } from '../../../shared/ipc.ts';

let folder: string;
let preferences: Preferences;
let answers: { open: string[]; save: string[]; folder: string[] };
let revealed: string[];
let progress: Progress[];

/** Every instance a test made: its snapshot and recovery writes end before the test's folder is removed. */
let made: AppServicesWithKeeping[] = [];
const services = (): AppServices => {
  const instance = createAppServices({
    onProgress: (step) => void progress.push(step),
    preferences,
    dataFolder: join(folder, 'user-data'),
    version: '1.0.0',
    systemLocale: 'en-GB',
    dialogs: {
      showOpen: async () => answers.open.shift() ?? null,
      showSave: async () => answers.save.shift() ?? null,
      showFolder: async () => answers.folder.shift() ?? null,
      revealFolder: async (path) => void revealed.push(path),
    },
  });
  made.push(instance);
  return instance;
};

const writeSample = async (name: string, eventName: string): Promise<string> => {
  const project = sampleProject();
  project.event.name = eventName;
  const path = join(folder, name);
  await writeFile(path, JSON.stringify(project));
  return path;
};

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'regie-services-'));
  preferences = await openPreferences(join(folder, 'user-data'), (options) => new Conf(options));
  answers = { open: [], save: [], folder: [] };
  revealed = [];
  progress = [];
});
afterEach(async () => {
  await Promise.all(made.map((instance) => instance.settled()));
  made = [];
  await rm(folder, { recursive: true, force: true });
});

describe('opening at start', () => {
  it('opens the sample on first start, with no file name', async () => {
    const opened = await services().openStartup(undefined);
    expect(opened).toMatchObject({ status: 'opened', fileName: null, repairs: [] });
    expect(opened.status === 'opened' && (JSON.parse(opened.projectJson) as Project).posterHall.posters).toHaveLength(35);
  });

  it('reopens the last opened file', async () => {
    const path = await writeSample('last.regie', 'Last time');
    preferences.addRecentFile(path);
    const opened = await services().openStartup(undefined);
    expect(opened).toMatchObject({ status: 'opened', fileName: 'last.regie' });
    expect(opened.status === 'opened' && (JSON.parse(opened.projectJson) as Project).event.name).toBe('Last time');
  });

  it('falls back to the sample, and says why, when the last file no longer opens', async () => {
    const path = join(folder, 'gone.regie');
    await writeFile(path, 'not json');
    preferences.addRecentFile(path);
    const opened = await services().openStartup(undefined);
    expect(opened.status).toBe('opened');
    if (opened.status !== 'opened') return;
    expect(opened.fileName).toBeNull();
    expect(opened.repairs[0]).toEqual({ code: 'common:files.lastFileUnavailable', file: 'gone.regie' });
    expect(opened.repairs.length).toBeGreaterThan(1);
  });
});

describe('open and save', () => {
  it('asks where to save a project that has no file yet, then saves there without asking again', async () => {
    const app = services();
    await app.openSample(undefined);
    answers.save.push(join(folder, 'mine'));
    expect(await app.saveProject(sampleProject())).toMatchObject({ status: 'saved', fileName: 'mine.regie' });
    const project = sampleProject();
    project.event.name = 'Second save';
    expect(await app.saveProject(project)).toMatchObject({ status: 'saved', fileName: 'mine.regie' });
    expect(JSON.parse(await readFile(join(folder, 'mine.regie'), 'utf8')).event.name).toBe('Second save');
    expect(preferences.recentFiles()[0]).toBe(join(folder, 'mine.regie'));
  });

  it('reports a cancelled dialog as cancelled and writes nothing', async () => {
    const app = services();
    expect(await app.saveProjectAs(sampleProject())).toEqual({ status: 'cancelled' });
    expect(await app.openProject(undefined)).toEqual({ status: 'cancelled' });
  });

  it('keeps saving to the open file when opening another one fails', async () => {
    const app = services();
    answers.open.push(await writeSample('good.regie', 'Good'));
    expect((await app.openProject(undefined)).status).toBe('opened');
    const broken = join(folder, 'broken.regie');
    await writeFile(broken, '{"format":"regie-project","version":999}');
    answers.open.push(broken);
    const failed = await app.openProject(undefined);
    expect(failed.status).toBe('failed');
    expect(failed.status === 'failed' && failed.problems[0]!.file).toBe('broken.regie');
    expect(await app.saveProject(sampleProject())).toMatchObject({ status: 'saved', fileName: 'good.regie' });
  });

  it('says why a save failed, in a Problem naming the file', async () => {
    const app = services();
    answers.save.push(join(folder, 'no-such-folder', 'x.regie'));
    const result = await app.saveProjectAs(sampleProject());
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.problems[0]).toMatchObject({ file: 'x.regie' });
  });
});

describe('import report', () => {
  it('writes a CSV where text that looks like a formula stays text', async () => {
    const app = services();
    const target = join(folder, 'report.csv');
    answers.save.push(target);
    const rows = [
      ['Ligne', 'Problème'],
      ['12', '=HYPERLINK("http://example.org","x")'],
      ['13', '+33 6 12 34 56 78'],
      ['14', '@SUM(A1)'],
      ['15', 'Émilie; "quoted"'],
    ];
    expect(await app.saveImportReport({ rows })).toEqual({ status: 'saved', fileName: 'report.csv' });
    const text = await readFile(target, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(parsed).toEqual([
      ['Ligne', 'Problème'],
      ['12', `'=HYPERLINK("http://example.org","x")`],
      ['13', "'+33 6 12 34 56 78"],
      ['14', "'@SUM(A1)"],
      ['15', 'Émilie; "quoted"'],
    ]);
  });
});

describe('language and export folder', () => {
  it('follows the system language until the user chooses one, and remembers the choice', async () => {
    const app = services();
    expect(await app.appInfo(undefined)).toMatchObject({ systemLanguage: 'en', language: 'system' });
    expect(await app.setLanguage('fr')).toMatchObject({ language: 'fr' });
    expect(preferences.language()).toBe('fr');
  });

  it('shows nothing before an export, and the export folder after one', async () => {
    const app = services();
    await app.showExportFolder(undefined);
    expect(revealed).toEqual([]);
    expect(await app.exportWorkbooks({ project: sampleProject(), only: ['timetable'], language: 'en' })).toEqual({ status: 'cancelled' });
  });

  it('reports each workbook written to the window, then shows the folder it went to', async () => {
    const out = join(folder, 'for-the-venue');
    await mkdir(out);
    answers.folder.push(out);
    const app = services();
    const result = await app.exportWorkbooks({ project: sampleProject(), only: ['timetable', 'catering'], language: 'fr' });
    expect(result).toMatchObject({ status: 'exported', folderName: 'for-the-venue' });
    expect(progress).toEqual([
      { done: 1, total: 2, item: 'timetable' },
      { done: 2, total: 2, item: 'catering' },
    ]);
    await app.showExportFolder(undefined);
    expect(revealed).toEqual([out]);
  });
});

describe('the timetable’s place and findings filter', () => {
  it('are remembered for the open file in the app’s settings, never for the sample', async () => {
    const app = services();
    const path = await writeSample('journees.regie', 'Journées');
    answers.open.push(path);
    await app.openProject(undefined);
    expect(await app.timetableView(undefined)).toEqual({ shownFindings: ['error', 'warning', 'info'], place: null });
    await app.setTimetableView({ place: { day: '2025-10-15', roomId: 'room-amphi-b', minute: 600 }, shownFindings: ['error'] });

    await app.openSample(undefined);
    await app.setTimetableView({ place: { day: '2025-10-13', roomId: null, minute: 480 } });
    expect(await app.timetableView(undefined)).toEqual({ shownFindings: ['error'], place: null });

    answers.open.push(path);
    await app.openProject(undefined);
    expect(await app.timetableView(undefined)).toEqual({ shownFindings: ['error'], place: { day: '2025-10-15', roomId: 'room-amphi-b', minute: 600 } });
    expect(JSON.parse(await readFile(path, 'utf8'))).not.toHaveProperty('place');
  });
});

import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Conf from 'conf';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../main/services/app-services.ts';
import { backUpBeforeSave, backupsOf } from '../../../main/services/backups.ts';
import { createSnapshotStore } from '../../../main/services/history/index.ts';
import { openPreferences } from '../../../main/services/preferences.ts';
import { createFileReader } from '../../../main/services/untrusted/reader.ts';
import { serializeProject } from '../../../shared/model/document.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { buildProject } from '../../fixtures/project.ts';
import { tempFolder } from '../../fixtures/temp-files.ts';

/** One reading worker for the whole file: starting one per test is what would take the time. */
const reader = createFileReader();
afterAll(() => reader.close());

/** The app's services on a temp folder: a project file, a data folder, and the save dialog's answers. */
async function app() {
  const folder = await tempFolder();
  const dataFolder = join(folder, 'data');
  const saveAnswers: string[] = [];
  const openAnswers: string[] = [];
  const services = createAppServices({
    preferences: await openPreferences(dataFolder, (options) => new Conf(options)),
    dataFolder,
    reader,
    version: '1.0.0',
    systemLocale: 'fr-FR',
    dialogs: {
      showOpen: async () => openAnswers.shift() ?? null,
      showSave: async () => saveAnswers.shift() ?? null,
      showFolder: async () => null,
      revealFolder: async () => undefined,
    },
  });
  const file = join(folder, 'lille.regie');
  const named = (name: string): Project => buildProject({ event: { name, days: [{ date: '2025-10-14' }] } });
  const onDisk = async () => JSON.parse(await readFile(file, 'utf8')) as Project;
  return { folder, dataFolder, services, file, named, onDisk, saveAnswers, openAnswers };
}

describe('saving a project', () => {
  it('gives every save a new revision, the previous one first among the ancestors, and keeps a snapshot of each', async () => {
    const { services, file, named, onDisk, saveAnswers, dataFolder } = await app();
    saveAnswers.push(file);
    const first = await services.saveProjectAs(named('First'));
    expect(first.status).toBe('saved');
    const firstHistory = first.status === 'saved' ? first.history : null;
    expect(firstHistory?.projectId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await onDisk()).history).toEqual(firstHistory);
    const second = await services.saveProject({ ...named('Second'), history: firstHistory! });
    const secondHistory = second.status === 'saved' ? second.history : null;
    expect(secondHistory).toEqual({ projectId: firstHistory!.projectId, revision: expect.not.stringMatching(firstHistory!.revision), ancestors: [firstHistory!.revision] });
    await services.settled();
    const snapshots = createSnapshotStore(dataFolder);
    expect(await snapshots.revisions(firstHistory!.projectId)).toEqual([secondHistory!.revision, firstHistory!.revision]);
    expect((await snapshots.load(firstHistory!.projectId, firstHistory!.revision))?.event.name).toBe('First');
  });

  it('keeps the previous version of the file as a backup in the data folder', async () => {
    const { services, file, named, saveAnswers, dataFolder } = await app();
    saveAnswers.push(file);
    await services.saveProjectAs(named('First'));
    await services.saveProject(named('Second'));
    await services.saveProject(named('Third'));
    const backups = await backupsOf(dataFolder, file);
    expect(backups).toHaveLength(2);
    const names = await Promise.all(backups.map(async (path) => (JSON.parse(await readFile(path, 'utf8')) as Project).event.name));
    expect(names).toEqual(['Second', 'First']);
  });

  it('keeps only the last few backups of a file', async () => {
    const folder = await tempFolder();
    const file = join(folder, 'plan.regie');
    for (let i = 1; i <= 7; i += 1) {
      await writeFile(file, `version ${i}`);
      await backUpBeforeSave(folder, file, new Date(Date.UTC(2026, 0, 1, 10, i)), 5);
    }
    const kept = await backupsOf(folder, file);
    expect(await Promise.all(kept.map((path) => readFile(path, 'utf8')))).toEqual(['version 7', 'version 6', 'version 5', 'version 4', 'version 3']);
    expect(await backUpBeforeSave(folder, join(folder, 'new.regie'))).toBeNull();
  });
});

describe('saving over a file someone else changed', () => {
  it('does not overwrite it, and says so; "Overwrite" then writes, keeping their version as a backup', async () => {
    const { services, file, named, onDisk, openAnswers, dataFolder } = await app();
    await writeFile(file, serializeProject(named('As opened')));
    openAnswers.push(file);
    expect((await services.openProject(undefined)).status).toBe('opened');
    const theirs = serializeProject(named('Their version'));
    await writeFile(file, theirs);
    expect(await services.saveProject(named('My version'))).toEqual({ status: 'changedOnDisk', fileName: 'lille.regie' });
    expect(await readFile(file, 'utf8')).toBe(theirs);
    expect((await services.overwriteProject(named('My version'))).status).toBe('saved');
    expect((await onDisk()).event.name).toBe('My version');
    const [backup] = await backupsOf(dataFolder, file);
    expect(await readFile(backup!, 'utf8')).toBe(theirs);
  });

  it('notices a change of the same size, and saves when only the time changed', async () => {
    const { services, file, named, onDisk, openAnswers } = await app();
    const opened = serializeProject(named('Lille A'));
    await writeFile(file, opened);
    openAnswers.push(file);
    await services.openProject(undefined);
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    expect((await services.saveProject(named('Mine'))).status).toBe('saved');
    const saved = await readFile(file, 'utf8');
    const sameSize = saved.replace('"Mine"', '"Rien"');
    expect(sameSize.length).toBe(saved.length);
    const { mtime } = await stat(file);
    await writeFile(file, sameSize);
    await utimes(file, mtime, new Date(mtime.getTime() + 1000));
    expect((await services.saveProject(named('Mine again'))).status).toBe('changedOnDisk');
    expect((await onDisk()).event.name).toBe('Rien');
  });

  it('checks against the file it saved last, not the one it opened first', async () => {
    const { services, file, named, onDisk, saveAnswers } = await app();
    saveAnswers.push(file);
    await services.saveProjectAs(named('One'));
    expect((await services.saveProject(named('Two'))).status).toBe('saved');
    expect((await services.saveProject(named('Three'))).status).toBe('saved');
    expect((await onDisk()).event.name).toBe('Three');
  });

  it('is a file that failed to open: it replaces nothing, saving still goes to the open file and compares with it', async () => {
    const { services, file, folder, named, onDisk, openAnswers } = await app();
    await writeFile(file, serializeProject(named('Open plan')));
    openAnswers.push(file);
    await services.openProject(undefined);
    const broken = join(folder, 'broken.regie');
    await writeFile(broken, '{"format":"regie-project","version":1,"event":');
    openAnswers.push(broken);
    expect((await services.openProject(undefined)).status).toBe('failed');
    await writeFile(file, serializeProject(named('Changed by a colleague')));
    expect((await services.saveProject(named('Mine'))).status).toBe('changedOnDisk');
    expect((await services.overwriteProject(named('Mine'))).status).toBe('saved');
    expect((await onDisk()).event.name).toBe('Mine');
    expect(await readFile(broken, 'utf8')).toBe('{"format":"regie-project","version":1,"event":');
  });
});

describe('the recovery copy', () => {
  it('is the opened project with the changes sent since, written in the data folder, and goes when saved', async () => {
    const { services, file, named, openAnswers } = await app();
    await writeFile(file, serializeProject(named('Before')));
    openAnswers.push(file);
    const opened = await services.openProject(undefined);
    const opening = opened.status === 'opened' ? opened.opening! : -1;
    expect(await services.recoveryCopy(undefined)).toEqual({ status: 'none' });
    const rename = [{ op: 'replace' as const, path: ['event', 'name'], value: 'After one change' }];
    expect(await services.recordChanges({ opening, sequence: 0, patches: rename, unsaved: true })).toBe('recorded');
    const found = await services.recoveryCopy(undefined);
    expect(found).toMatchObject({ status: 'found', fileName: 'lille.regie' });
    expect(Date.now() - Date.parse(found.status === 'found' ? found.savedAt : '')).toBeLessThan(60_000);
    const copy = JSON.parse(await readFile(services.recovery.projectPath, 'utf8')) as Project;
    expect(copy.event.name).toBe('After one change');
    expect((await services.saveProject(copy)).status).toBe('saved');
    expect(await services.recoveryCopy(undefined)).toEqual({ status: 'none' });
  });

  it('asks for the whole project when a batch is missing, and ignores changes to a project no longer open', async () => {
    const { services, named } = await app();
    const first = await services.openSample(undefined);
    const firstOpening = first.status === 'opened' ? first.opening! : -1;
    const second = await services.openSample(undefined);
    const opening = second.status === 'opened' ? second.opening! : -1;
    const patches = [{ op: 'replace' as const, path: ['event', 'name'], value: 'x' }];
    expect(await services.recordChanges({ opening: firstOpening, sequence: 0, patches, unsaved: true })).toBe('ignored');
    expect(await services.recordChanges({ opening, sequence: 3, patches, unsaved: true })).toBe('resend');
    expect(await services.recordChanges({ opening, sequence: 3, patches: [], project: named('Whole'), unsaved: true })).toBe('recorded');
    expect((JSON.parse(await readFile(services.recovery.projectPath, 'utf8')) as Project).event.name).toBe('Whole');
    expect(await services.recordChanges({ opening, sequence: 4, patches, unsaved: false })).toBe('recorded');
    expect(await services.recoveryCopy(undefined)).toEqual({ status: 'none' });
  });

  it('after a crash, reopens as unsaved work on its file, and saving writes that file', async () => {
    const { services, file, named, openAnswers, dataFolder, onDisk } = await app();
    await writeFile(file, serializeProject(named('Before the crash')));
    openAnswers.push(file);
    const opened = await services.openProject(undefined);
    const opening = opened.status === 'opened' ? opened.opening! : -1;
    await services.recordChanges({ opening, sequence: 0, patches: [{ op: 'replace', path: ['event', 'name'], value: 'Unsaved work' }], unsaved: true });

    const restarted = createAppServices({
      preferences: await openPreferences(dataFolder, (options) => new Conf(options)),
      dataFolder,
      reader,
      version: '1.0.0',
      systemLocale: 'fr-FR',
      dialogs: { showOpen: async () => null, showSave: async () => null, showFolder: async () => null, revealFolder: async () => undefined },
    });
    expect(await restarted.recoveryCopy(undefined)).toMatchObject({ status: 'found', fileName: 'lille.regie' });
    const restored = await restarted.restoreRecovery(undefined);
    expect(restored).toMatchObject({ status: 'opened', fileName: 'lille.regie', unsaved: true });
    const project = JSON.parse(restored.status === 'opened' ? restored.projectJson : '{}') as Project;
    expect(project.event.name).toBe('Unsaved work');
    expect((await restarted.saveProject(project)).status).toBe('saved');
    expect((await onDisk()).event.name).toBe('Unsaved work');
    expect(await restarted.recoveryCopy(undefined)).toEqual({ status: 'none' });
  });

  it('carries the revision of a save made before any change', async () => {
    const { services, file, named, openAnswers } = await app();
    await writeFile(file, serializeProject(named('Opened')));
    openAnswers.push(file);
    const opened = await services.openProject(undefined);
    const opening = opened.status === 'opened' ? opened.opening! : -1;
    const saved = await services.saveProject(named('Opened'));
    await services.recordChanges({ opening, sequence: 0, patches: [{ op: 'replace', path: ['event', 'name'], value: 'Changed after saving' }], unsaved: true });
    const copy = JSON.parse(await readFile(services.recovery.projectPath, 'utf8')) as Project;
    expect(copy.event.name).toBe('Changed after saving');
    expect(copy.history).toEqual(saved.status === 'saved' ? saved.history : null);
  });

  it('goes when another project is opened (the window settled the unsaved work first)', async () => {
    const { services } = await app();
    const opened = await services.openSample(undefined);
    const opening = opened.status === 'opened' ? opened.opening! : -1;
    await services.recordChanges({ opening, sequence: 0, patches: [{ op: 'replace', path: ['event', 'name'], value: 'x' }], unsaved: true });
    expect((await services.recoveryCopy(undefined)).status).toBe('found');
    await services.openSample(undefined);
    expect(await services.recoveryCopy(undefined)).toEqual({ status: 'none' });
  });

  it('goes when the user discards it', async () => {
    const { services } = await app();
    const opened = await services.openSample(undefined);
    const opening = opened.status === 'opened' ? opened.opening! : -1;
    await services.recordChanges({ opening, sequence: 0, patches: [{ op: 'replace', path: ['event', 'name'], value: 'x' }], unsaved: true });
    expect((await services.recoveryCopy(undefined)).status).toBe('found');
    await services.discardRecovery(undefined);
    expect(await services.recoveryCopy(undefined)).toEqual({ status: 'none' });
  });
});

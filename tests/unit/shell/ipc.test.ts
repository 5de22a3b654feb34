import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelName, channels, type Channel } from '../../../shared/ipc.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import { createHandlers, dispatch, isOwnRenderer, registerIpc, RejectedCall, type Handlers, type IpcMainLike } from '../../../main/ipc.ts';
import { createAppServices } from '../../../main/services/app-services.ts';
import { openPreferences } from '../../../main/services/preferences.ts';

let folder: string;
let handlers: Handlers;
const dialogsShown: string[] = [];

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'regie-ipc-'));
  dialogsShown.length = 0;
  const preferences = await openPreferences(join(folder, 'user-data'), (options) => new Conf(options));
  handlers = createHandlers(
    createAppServices({
      preferences,
      dataFolder: join(folder, 'user-data'),
      version: '1.2.3',
      systemLocale: 'fr-FR',
      dialogs: {
        showOpen: async (purpose) => (dialogsShown.push(`open:${purpose}`), null),
        showSave: async () => (dialogsShown.push('save'), join(folder, 'saved.regie')),
        showFolder: async () => (dialogsShown.push('folder'), null),
        revealFolder: async () => undefined,
      },
    }),
  );
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('IPC input validation', () => {
  it('refuses an invalid project before anything is done, naming the field', async () => {
    const project = sampleProject() as unknown as { sessions: { durationMinutes: unknown }[] };
    project.sessions[3]!.durationMinutes = -5;
    await expect(handlers.saveProjectAs(project)).rejects.toThrow(/saveProjectAs: invalid input, nothing was done \(sessions\[3\]\.durationMinutes: /);
    expect(dialogsShown).toEqual([]);
    expect(await readdir(folder)).not.toContain('saved.regie');
  });

  it('refuses a language that is not offered, and arguments to channels that take none', async () => {
    await expect(handlers.setLanguage('de')).rejects.toBeInstanceOf(RejectedCall);
    await expect(handlers.openProject({ path: '/etc/passwd' })).rejects.toThrow(/openProject: invalid input/);
    expect(dialogsShown).toEqual([]);
  });

  it('refuses an export with no workbook or an unknown one', async () => {
    const project = sampleProject();
    await expect(handlers.exportWorkbooks({ project, only: [], language: 'fr' })).rejects.toThrow(/only/);
    await expect(handlers.exportWorkbooks({ project, only: ['secrets'], language: 'fr' })).rejects.toThrow(/only\[0\]/);
    expect(dialogsShown).toEqual([]);
  });

  it('accepts valid input and runs the service', async () => {
    await expect(handlers.appInfo(undefined)).resolves.toMatchObject({ version: '1.2.3', systemLanguage: 'fr', language: 'system' });
    await expect(handlers.setLanguage('en')).resolves.toMatchObject({ language: 'en' });
    await expect(handlers.saveProjectAs(sampleProject())).resolves.toMatchObject({ status: 'saved', fileName: 'saved.regie' });
  });

  it('refuses a channel that is not in the contract', async () => {
    await expect(dispatch(handlers, 'deleteEverything', undefined)).rejects.toThrow('Unknown channel: deleteEverything');
    await expect(dispatch(handlers, 'toString', undefined)).rejects.toBeInstanceOf(RejectedCall);
  });
});

describe('IPC sender check', () => {
  const rendererHtml = join('/opt/regie/out/renderer', 'index.html');
  const trusted = isOwnRenderer(rendererHtml);

  it('trusts only the built renderer page loaded from file://', () => {
    expect(trusted(pathToFileURL(rendererHtml).href)).toBe(true);
    expect(trusted(`${pathToFileURL(rendererHtml).href}#/posters`)).toBe(true);
    expect(trusted('file:///opt/regie/out/renderer/other.html')).toBe(false);
    expect(trusted('file:///tmp/index.html')).toBe(false);
    expect(trusted('file://evil.example/opt/regie/out/renderer/index.html')).toBe(false);
    expect(trusted('https://example.org/index.html')).toBe(false);
    expect(trusted('')).toBe(false);
  });

  it('registers one handler per channel, and refuses calls from another frame', async () => {
    const registered = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    registerIpc({ handle: (channel, listener) => registered.set(channel, listener) }, handlers, trusted);
    expect([...registered.keys()].sort()).toEqual((Object.keys(channels) as Channel[]).map((channel) => channelName(channel)).sort());

    const appInfo = registered.get('regie:appInfo')!;
    await expect(appInfo({ senderFrame: { url: 'https://example.org/' } }, undefined)).rejects.toThrow(/not Régie's window/);
    await expect(appInfo({ senderFrame: null }, undefined)).rejects.toBeInstanceOf(RejectedCall);
    await expect(appInfo({ senderFrame: { url: pathToFileURL(rendererHtml).href } }, undefined)).resolves.toMatchObject({ version: '1.2.3' });
  });
});

describe('IPC message size', () => {
  it('refuses a message over the limit before validating or doing anything', async () => {
    const huge = 'x'.repeat(130 * 1024 * 1024);
    await expect(handlers.saveImportReport({ rows: [[huge]] })).rejects.toThrow(/saveImportReport: the message is over 256 MB or nested too deep, nothing was done/);
    expect(dialogsShown).toEqual([]);
  });

  it('refuses a message nested beyond any the contract has, without overflowing the stack', async () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    await expect(handlers.saveImportReport({ rows: deep })).rejects.toThrow(/nested too deep/);
    expect(dialogsShown).toEqual([]);
  });
});

/**
 * The one e2e harness: Régie's built renderer in Chromium, with `window.regie` bound to the REAL main-process
 * handlers (main/ipc.ts) through page.exposeBinding, native dialogs answered from queues, and a fresh
 * user-data folder per test. Every e2e spec imports `test` and `expect` from here.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, chromium, expect, type Browser, type Page } from '@playwright/test';
import Conf from 'conf';
import { channels, makeRegieApi, type MenuCommand } from '../../shared/ipc.ts';
import { createHandlers, dispatch } from '../../main/ipc.ts';
import { createAppServices } from '../../main/services/app-services.ts';
import type { Dialogs } from '../../main/services/dialogs.ts';
import { openPreferences } from '../../main/services/preferences.ts';
import { createFileReader } from '../../main/services/untrusted/reader.ts';
import { CHROMIUM_FLAGS, findChromium } from './support/chromium.ts';
import { ORIGIN, rendererFolder, serveRenderer } from './support/renderer-server.ts';

/** Answers the native dialogs will give, in order; an empty queue answers "cancel". Push during a test too. */
export interface DialogQueues {
  readonly open: string[];
  readonly save: string[];
  readonly folder: string[];
  /** Folders the app asked the system to show (showExportFolder). */
  readonly revealed: string[];
}

export interface RegieOptions {
  /** What the app opens at start (as the last opened file); the sample when absent. */
  readonly projectFile?: string;
  /** The system language the app sees; French when absent. */
  readonly language?: 'fr' | 'en';
  readonly dialogs?: { readonly open?: string[]; readonly save?: string[]; readonly folder?: string[] };
  /** The user-data folder of an earlier window of this test: the app starting again after a crash. */
  readonly userData?: string;
}

export interface RegieWindow {
  readonly page: Page;
  readonly dialogs: DialogQueues;
  /** This test's own user-data folder (settings live there). */
  readonly userData: string;
  /** Sends a command as the native menu would. */
  menu(command: MenuCommand): Promise<void>;
  /** Whether the window agreed to close (the shell would now close it). */
  closed(): boolean;
}

type OpenRegie = (options?: RegieOptions) => Promise<RegieWindow>;

function queuedDialogs(queues: DialogQueues): Dialogs {
  return {
    showOpen: async () => queues.open.shift() ?? null,
    showSave: async () => queues.save.shift() ?? null,
    showFolder: async () => queues.folder.shift() ?? null,
    revealFolder: async (path) => {
      queues.revealed.push(path);
    },
  };
}

/** Builds `window.regie` in the page with the contract's own makeRegieApi, over the Playwright binding. */
function bridgeScript(): string {
  const channelNames = Object.fromEntries(Object.keys(channels).map((name) => [name, {}]));
  return `(() => {
  const channels = ${JSON.stringify(channelNames)};
  const makeRegieApi = ${makeRegieApi.toString()};
  const menuListeners = new Set();
  const progressListeners = new Set();
  const readingListeners = new Set();
  Object.defineProperty(window, '__regieMenu', { value: (command) => menuListeners.forEach((listener) => listener(command)) });
  Object.defineProperty(window, '__regieProgress', { value: (progress) => progressListeners.forEach((listener) => listener(progress)) });
  Object.defineProperty(window, '__regieReading', { value: (progress) => readingListeners.forEach((listener) => listener(progress)) });
  const subscribe = (listeners) => (listener) => { listeners.add(listener); return () => listeners.delete(listener); };
  const api = makeRegieApi(
    async (channel, input) => JSON.parse(await window.__regieInvoke(channel, JSON.stringify({ input }))).result,
    subscribe(menuListeners),
    subscribe(progressListeners),
    subscribe(readingListeners),
  );
  Object.defineProperty(window, 'regie', { value: Object.freeze(api) });
})();`;
}

export const test = base.extend<{ openRegie: OpenRegie }, { browser: Browser }>({
  // Replaces Playwright's browser: Debian's Chromium (or another found one) with offline flags.
  browser: [
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  openRegie: async ({ browser }, use) => {
    const folder = rendererFolder();
    const cleanups: (() => Promise<void>)[] = [];
    const pageErrors: string[] = [];

    await use(async (options = {}) => {
      const userData = options.userData ?? (await mkdtemp(join(tmpdir(), 'regie-e2e-')));
      cleanups.push(() => rm(userData, { recursive: true, force: true }));
      let closed = false;
      const dialogs: DialogQueues = {
        open: [...(options.dialogs?.open ?? [])],
        save: [...(options.dialogs?.save ?? [])],
        folder: [...(options.dialogs?.folder ?? [])],
        revealed: [],
      };
      const preferences = await openPreferences(userData, (conf) => new Conf(conf));
      if (options.projectFile) preferences.addRecentFile(resolve(options.projectFile));
      const language = options.language ?? 'fr';
      // Progress goes to the page as Electron's webContents.send would; the page exists once the app has started.
      let page: Page | null = null;
      const sendToPage = (name: '__regieProgress' | '__regieReading') => (progress: unknown) => {
        void page
          ?.evaluate(([n, p]) => (window as unknown as Record<string, (p: unknown) => void>)[n]!(p), [name, progress] as const)
          .catch(() => undefined);
      };
      // Files are read in a worker thread, as in the app, one started ahead while the page loads.
      const reader = createFileReader({ startAhead: true });
      cleanups.push(() => reader.close());
      const services = createAppServices({
        dialogs: queuedDialogs(dialogs),
        preferences,
        version: '0.0.0-e2e',
        systemLocale: language === 'fr' ? 'fr-FR' : 'en-GB',
        onProgress: sendToPage('__regieProgress'),
        onReading: sendToPage('__regieReading'),
        reader,
        dataFolder: userData,
        onCloseConfirmed: () => {
          closed = true;
        },
      });
      // Cleanups run last first: the page closes, then the recovery copy and snapshots being written finish, then
      // the data folder goes (removing it under a write fails with ENOTEMPTY on a busy machine).
      cleanups.push(() => services.settled());
      const handlers = createHandlers(services);

      const context = await browser.newContext({ locale: language === 'fr' ? 'fr-FR' : 'en-GB', viewport: { width: 1280, height: 800 } });
      cleanups.push(() => context.close());
      await serveRenderer(context, folder);
      // Calls and answers cross the binding as JSON text: Playwright carries one string far faster than an object
      // graph, which a project of 10,000 people made too slow on a busy machine.
      await context.exposeBinding('__regieInvoke', async ({ frame }, channel: unknown, call: string) => {
        // The same rule as Electron's sender check: only our own page may call.
        if (new URL(frame.url()).origin !== ORIGIN) throw new Error('refused: the caller is not Régie’s page');
        const { input } = JSON.parse(call) as { input?: unknown };
        return JSON.stringify({ result: await dispatch(handlers, channel, input) });
      });
      await context.addInitScript({ content: bridgeScript() });

      page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${ORIGIN}/index.html`);
      // At start the app may first ask about a recovery copy: the test answers it.
      await page.locator('[data-app-state="ready"], [data-app-state="failed"], [role="alertdialog"]').first().waitFor();
      return {
        page,
        dialogs,
        userData,
        menu: (command) => page.evaluate((c) => (window as unknown as { __regieMenu(c: string): void }).__regieMenu(c), command),
        closed: () => closed,
      };
    });

    for (const cleanup of cleanups.reverse()) await cleanup();
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

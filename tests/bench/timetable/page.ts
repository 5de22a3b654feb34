/** The built renderer in Chromium with a given project already open: the e2e harness's browser and server, a read-only bridge. */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { OpenedProject } from '../../../shared/ipc.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { CHROMIUM_FLAGS, findChromium } from '../../e2e/support/chromium.ts';
import { ORIGIN, rendererFolder, serveRenderer } from '../../e2e/support/renderer-server.ts';

/** window.regie answering the start-up calls, the grid's view settings (and a list to import) only: a benchmark opens a project and never saves. */
const BRIDGE = `(() => {
  const answers = new Set(['appInfo', 'recoveryCopy', 'openStartup', 'timetableView', 'setTimetableView', 'pickParticipantsFile']);
  const api = new Proxy({ onMenuCommand: () => () => undefined }, {
    get: (target, name) => name in target ? target[name] : async (input) => {
      if (!answers.has(name)) throw new Error('not available in the benchmark: ' + String(name));
      const result = await window.__regieInvoke(name, input);
      if (name === 'openStartup') window.__openedAt = performance.now();
      // The list comes as a response body, a copy like Electron's IPC: through the DevTools protocol it would be parsed
      // as part of a message, on the window's thread, and the harness's own work would count as the app's.
      if (name === 'pickParticipantsFile' && result.listFrom) return { status: 'read', listJson: await (await fetch(result.listFrom)).text() };
      return result;
    },
  });
  Object.defineProperty(window, 'regie', { value: api });
  // The first cards' frame: the task after its rendering (style, layout, paint) records when they were on screen.
  window.__cardsPainted = new Promise((painted) => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.tt-card')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => painted(performance.now());
        channel.port2.postMessage(null);
      });
    }).observe(document, { childList: true, subtree: true });
  });
})();`;

/** Where the bridge fetches the list to import: served by the harness, beside the built renderer. */
const LIST_URL = `${ORIGIN}/bench-list.json`;

export interface BenchPage {
  readonly browser: Browser;
  /** Loads the app with the project; the grid opens on `day` (the place the app's settings remember), at its top left. */
  open(day: string): Promise<Page>;
}

/**
 * `rateUnlimited`: frames as fast as they can be made, so frame times measure work, not the display's refresh.
 * `listJson`: what "Import the list…" reads, as the reading worker hands it over.
 */
export async function launchWithProject(project: Project, rateUnlimited = false, listJson?: string): Promise<BenchPage> {
  const folder = rendererFolder();
  const args = rateUnlimited ? [...CHROMIUM_FLAGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'] : CHROMIUM_FLAGS;
  const browser = await chromium.launch({ executablePath: findChromium(), args });
  const projectJson = JSON.stringify(project);
  return {
    browser,
    open: async (day) => {
      const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
      await serveRenderer(context as unknown as Parameters<typeof serveRenderer>[0], folder);
      await context.exposeBinding('__regieInvoke', async (_source, channel: string) => {
        if (channel === 'appInfo') return { version: 'bench', systemLanguage: 'en', language: 'en', notices: [] };
        if (channel === 'recoveryCopy') return { status: 'none' };
        if (channel === 'timetableView') return { shownFindings: ['error', 'warning', 'info'], place: { day, roomId: null, minute: 0 } };
        if (channel === 'setTimetableView') return undefined;
        if (channel === 'pickParticipantsFile') return listJson === undefined ? { status: 'cancelled' } : { status: 'read', listFrom: LIST_URL };
        const opened: OpenedProject = { status: 'opened', projectJson, fileName: 'large-event.regie', repairs: [] };
        return opened;
      });
      if (listJson !== undefined) await context.route(LIST_URL, (route) => route.fulfill({ status: 200, body: listJson, contentType: 'application/json' }));
      await context.addInitScript({ content: BRIDGE });
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/index.html`);
      return page;
    },
  };
}

/** The day with the most sessions placed. */
export function busiestDay(project: Project): string {
  const counts = new Map<string, number>();
  for (const s of project.sessions) if (s.slot) counts.set(s.slot.day, (counts.get(s.slot.day) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Milliseconds until two animation frames have passed: the change is on screen. */
export const PAINTED = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))))`;

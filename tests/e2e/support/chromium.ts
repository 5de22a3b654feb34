/** Finds a Chromium to drive: REGIE_CHROMIUM, then the system's, then Playwright's own download. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags that keep Chromium quiet and offline on build machines (see the toolchain notes). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const NO_CHROMIUM =
  'No Chromium found for the end-to-end tests: install the system package (apt-get install chromium), or run `npx playwright install chromium` with internet access, or set REGIE_CHROMIUM to a Chromium executable.';

export function findChromium(): string {
  const fromEnv = process.env.REGIE_CHROMIUM;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`REGIE_CHROMIUM points to ${fromEnv}, which does not exist. ${NO_CHROMIUM}`);
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return system;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(NO_CHROMIUM);
}

/** The real desktop app, where the Electron runtime is installed: the window opens the sample, locked down. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronExecutable, HOW_TO_GET_ELECTRON } from '../../main/electron-runtime.mjs';

const executable = electronExecutable();
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const skipReason = !executable
  ? `the Electron runtime is not installed (npm install could not download it); ${HOW_TO_GET_ELECTRON}`
  : needsDisplay
    ? 'no display to open a window on: run the tests under `xvfb-run -a npm test`'
    : null;

test('the desktop window opens the sample in a sandboxed page', async () => {
  if (skipReason) {
    // The list reporter does not show skip reasons: say it where the person running the tests will read it.
    console.log(`Electron smoke test skipped: ${skipReason}.`);
    test.skip(true, skipReason);
  }
  const userData = await mkdtemp(join(tmpdir(), 'regie-electron-'));
  const app = await electron.launch({ executablePath: executable!, args: ['.'], env: { ...process.env, REGIE_USER_DATA: userData } });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journées annuelles du PEPR Santé Numérique 2025');
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof window.regie.openProject)).toBe('function');
    await expect(page).toHaveTitle(/^Régie — /);
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});

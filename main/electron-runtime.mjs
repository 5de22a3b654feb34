// Where the Electron runtime is, if `npm install` managed to fetch it (shared by the postinstall, start and tests).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The electron package's folder, or null when the package itself is missing. */
export function electronPackageFolder() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The runtime's executable, or null when it was never downloaded. */
export function electronExecutable() {
  const folder = electronPackageFolder();
  if (!folder) return null;
  const pathFile = join(folder, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

/** How to get the runtime, in one sentence (never names a download host). */
export const HOW_TO_GET_ELECTRON =
  'to get it, run `node main/fetch-electron.mjs` where Electron\'s releases can be downloaded, or with ELECTRON_MIRROR set to a mirror you can reach, or after copying the runtime zip into Electron\'s cache (see README, "The Electron runtime behind a firewall")';

// The postinstall: fetches the Electron runtime best effort. It never fails the install (tests and the CLI need no runtime).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { electronExecutable, electronPackageFolder, HOW_TO_GET_ELECTRON } from './electron-runtime.mjs';

const TIME_LIMIT_MS = Number(process.env.REGIE_ELECTRON_TIMEOUT_MS ?? 240_000);

function finish(line) {
  if (line) console.log(line);
  process.exit(0);
}

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') {
  finish('Régie: Electron runtime download skipped (ELECTRON_SKIP_BINARY_DOWNLOAD=1); tests and the regie command work without it.');
}
const folder = electronPackageFolder();
if (!folder) finish('Régie: the electron package is not installed; run `npm install` to get it.');
if (electronExecutable()) finish();

// Electron's installer prints the address it failed to reach: keep its output to ourselves.
const installer = spawn(process.execPath, [join(folder, 'install.js')], { cwd: folder, stdio: 'ignore', env: process.env });
const timer = setTimeout(() => installer.kill(), TIME_LIMIT_MS);
installer.on('error', () => undefined);
installer.on('close', () => {
  clearTimeout(timer);
  if (electronExecutable()) finish('Régie: Electron runtime installed.');
  finish(
    `Régie: the Electron runtime could not be downloaded, so \`npm start\` cannot open the desktop window yet (tests and the regie command work without it); ${HOW_TO_GET_ELECTRON}; set ELECTRON_SKIP_BINARY_DOWNLOAD=1 to skip this step.`,
  );
});

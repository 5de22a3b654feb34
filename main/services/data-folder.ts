/** The app's data folder (recovery copy, backups, snapshots): Electron's user-data folder, or REGIE_DATA_DIR. */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Electron's default user-data folder for an app named "regie", so the CLI finds what the app kept. */
function systemDataFolder(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'regie');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'regie');
  return join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'regie');
}

let chosen: string | null = null;

/** The shell tells where Electron keeps the user's data; REGIE_DATA_DIR still wins (the CLI and tests set it). */
export function setDataFolder(folder: string): void {
  chosen = folder;
}

export function dataFolder(): string {
  return process.env.REGIE_DATA_DIR || chosen || systemDataFolder();
}

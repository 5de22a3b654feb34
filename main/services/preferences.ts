/** The user's settings (language, recent files), kept in the user-data folder by conf / electron-store. */
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import type Conf from 'conf';
import type { Options as ConfOptions } from 'conf';
import type { Language } from '../../shared/i18n/languages.ts';
import type { Problem } from '../../shared/problems.ts';
import type { Severity } from '../../shared/rules/types.ts';
import { timetablePlaceSchema, type TimetablePlace } from '../../shared/timetable/view-settings.ts';

export interface PreferenceValues extends Record<string, unknown> {
  language: Language | 'system';
  recentFiles: string[];
  /** Which findings the timetable's cards show. */
  shownFindings: Severity[];
  /** Where the timetable was for each file, the most recently looked at first. */
  timetablePlaces: ({ file: string } & TimetablePlace)[];
}

/** How many recent files the File menu and the start-up remember. */
export const RECENT_LIMIT = 10;
/** How many files' timetable places are remembered (older ones are forgotten). */
export const PLACES_LIMIT = 50;
const FILE_NAME = 'config.json';

const defaults: PreferenceValues = { language: 'system', recentFiles: [], shownFindings: ['error', 'warning', 'info'], timetablePlaces: [] };

/** Checked by conf on every read: a hand-edited or damaged file is caught here, not deep in the app. */
const schema = {
  language: { type: 'string', enum: ['fr', 'en', 'system'] },
  recentFiles: { type: 'array', items: { type: 'string' }, maxItems: 100 },
  shownFindings: { type: 'array', items: { type: 'string', enum: ['error', 'warning', 'info'] }, maxItems: 3 },
  timetablePlaces: { type: 'array', items: { type: 'object' }, maxItems: 1000 },
} as const;

/** Makes the store: `new Store(options)` in Electron, `new Conf(options)` in Node and tests. */
export type CreateStore = (options: ConfOptions<PreferenceValues>) => Conf<PreferenceValues>;

export interface Preferences {
  language(): Language | 'system';
  setLanguage(language: Language | 'system'): void;
  /** Most recent first. */
  recentFiles(): readonly string[];
  addRecentFile(path: string): void;
  shownFindings(): readonly Severity[];
  setShownFindings(severities: readonly Severity[]): void;
  /** Where the timetable was when `file` was last looked at; null when never (or unreadable). */
  timetablePlace(file: string): TimetablePlace | null;
  rememberTimetablePlace(file: string, place: TimetablePlace): void;
  /** What happened to the settings file that the user should be told (once). */
  takeNotices(): Problem[];
}

/** Opens the settings in `folder`; an unreadable file is moved aside and the user is told, never a crash. */
export async function openPreferences(folder: string, create: CreateStore): Promise<Preferences> {
  const notices: Problem[] = [];
  const options: ConfOptions<PreferenceValues> = { cwd: folder, defaults, schema };

  const setAside = async (): Promise<void> => {
    const aside = `config.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
    await rename(join(folder, FILE_NAME), join(folder, aside)).catch(() => undefined);
    notices.push({ code: 'common:preferences.reset', params: { file: aside } });
  };

  let store: Conf<PreferenceValues>;
  try {
    store = create(options);
  } catch {
    await setAside();
    store = create(options);
  }

  // The file can also be damaged while the app runs (another program, a full disk): fall back to defaults.
  const read = <K extends keyof PreferenceValues>(key: K): PreferenceValues[K] => {
    try {
      return store.get(key);
    } catch {
      return defaults[key];
    }
  };
  const write = <K extends keyof PreferenceValues>(key: K, value: PreferenceValues[K]): void => {
    try {
      store.set(key, value);
    } catch {
      store.store = { ...defaults, [key]: value };
    }
  };

  return {
    language: () => read('language'),
    setLanguage: (language) => write('language', language),
    recentFiles: () => read('recentFiles'),
    addRecentFile: (path) => {
      const rest = read('recentFiles').filter((p) => p !== path);
      write('recentFiles', [path, ...rest].slice(0, RECENT_LIMIT));
    },
    shownFindings: () => read('shownFindings'),
    setShownFindings: (severities) => write('shownFindings', [...severities]),
    timetablePlace: (file) => {
      const saved = read('timetablePlaces').find((p) => p?.file === file);
      // A hand-edited entry that no longer says a place is as good as none.
      const place = timetablePlaceSchema.safeParse(saved);
      return place.success ? place.data : null;
    },
    rememberTimetablePlace: (file, place) => {
      const rest = read('timetablePlaces').filter((p) => p?.file !== file);
      write('timetablePlaces', [{ file, ...place }, ...rest].slice(0, PLACES_LIMIT));
    },
    takeNotices: () => notices.splice(0),
  };
}

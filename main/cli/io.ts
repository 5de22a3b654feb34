/** What a CLI command gets: its arguments, where to print, and the language to speak. */
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/i18n/languages.ts';
import type { FileReader } from '../services/untrusted/reader.ts';

export interface CliIO {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly t: TFunction;
  readonly language: Language;
  /** Folder relative paths are resolved against. */
  readonly cwd: string;
  /** The reading worker, with the app's memory and time limits: projects and lists are read there. */
  readonly reader: FileReader;
}

/** A command: returns the process exit code (0 ok, 1 problems found, 2 wrong usage or unreadable input). */
export type CliCommand = (args: readonly string[], io: CliIO) => Promise<number>;

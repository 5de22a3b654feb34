/**
 * The recovery copy: while there are unsaved changes, the project as it stands is written into the data folder, so a
 * crash loses at most the last second or two. The window sends only the changes (immer patches) as they come; the
 * project is rebuilt and written here, so no large JSON.stringify ever runs on the window's thread.
 */
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { applyPatches, enablePatches, type Patch } from 'immer';
import { serializeProject } from '../../shared/model/document.ts';
import type { Project } from '../../shared/model/schema.ts';
import { writeFileAtomic } from './atomic-write.ts';
import type { DiskFingerprint } from './disk-fingerprint.ts';

/** The file the recovered work belongs to: where Save will write it, and what that file was when opened. */
enablePatches();

export interface RecoveredFile {
  readonly path: string;
  readonly fingerprint: DiskFingerprint | null;
}

export interface RecoveryCopyInfo {
  /** When the copy was written, ISO 8601. */
  readonly savedAt: string;
  /** The project file's name, or null for a project never saved. */
  readonly fileName: string | null;
  readonly file: RecoveredFile | null;
}

export interface ChangesSent {
  /** Which opening these changes belong to (OpenedProject.opening); changes to an earlier one are ignored. */
  readonly opening: number;
  /** 0 for the first batch after opening, then one more per batch. */
  readonly sequence: number;
  readonly patches: readonly Patch[];
  /** The whole project, sent only when asked to (the copy here and the window's disagreed). */
  readonly project?: Project;
  /** Whether the window has unsaved changes: the copy is written, or removed. */
  readonly unsaved: boolean;
}

export type ChangesAnswer = 'recorded' | 'resend' | 'ignored';

export interface RecoveryCopy {
  /** A project was opened (or restored): later changes apply to it. Returns the opening's number. */
  opened(projectJson: string, file: RecoveredFile | null): number;
  /** The open project was saved to `file`: its revision ids and where it lives now. */
  saved(history: Project['history'], file: RecoveredFile): void;
  /** Applies the window's changes; the copy is written (or removed) once the writes before it are done. */
  record(changes: ChangesSent): Promise<ChangesAnswer>;
  /** Removes the copy (after a save, or when the user chose not to keep the changes). */
  discard(): Promise<void>;
  /** The copy a previous run left, if any. */
  found(): Promise<RecoveryCopyInfo | null>;
  /** Where the copy's project is, for reading it like any other file. */
  readonly projectPath: string;
  /** Resolves once every write asked for so far is done (for tests and for quitting). */
  settled(): Promise<void>;
}

export function createRecoveryCopy(dataFolder: string, now: () => Date = () => new Date()): RecoveryCopy {
  const folder = join(dataFolder, 'recovery');
  const projectPath = join(folder, 'recovery.regie');
  const infoPath = join(folder, 'recovery.json');
  let opening = 0;
  let nextSequence = 0;
  /** The opened project, parsed only once there is a change to apply. */
  let baseText: string | null = null;
  let current: Project | null = null;
  let file: RecoveredFile | null = null;
  /** Revision ids of a save made before the opened text was ever parsed: applied when it is. */
  let savedHistory: Project['history'] | null = null;
  let writes: Promise<void> = Promise.resolve();
  /** A write is wanted; several changes while one is under way make one more write, not one each. */
  let wanted: 'write' | 'remove' | null = null;

  const fileName = () => (file ? file.path.split(/[\\/]/).pop() ?? null : null);

  const writeNow = async (): Promise<void> => {
    const want = wanted;
    wanted = null;
    if (want === 'remove' || !current) return discardFiles();
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(projectPath, serializeProject(current));
    const info: RecoveryCopyInfo = { savedAt: now().toISOString(), fileName: fileName(), file };
    await writeFileAtomic(infoPath, JSON.stringify(info));
  };

  const discardFiles = async () => {
    await rm(infoPath, { force: true });
    await rm(projectPath, { force: true });
  };

  const schedule = (want: 'write' | 'remove'): Promise<void> => {
    const alreadyQueued = wanted !== null;
    wanted = want;
    if (!alreadyQueued) writes = writes.then(writeNow).catch(() => undefined);
    return writes;
  };

  const currentProject = (): Project | null => {
    if (!current && baseText !== null) {
      const parsed = JSON.parse(baseText) as Project;
      current = savedHistory ? { ...parsed, history: savedHistory } : parsed;
      baseText = null;
    }
    return current;
  };

  return {
    projectPath,
    opened(projectJson, openedFile) {
      opening += 1;
      nextSequence = 0;
      baseText = projectJson;
      current = null;
      savedHistory = null;
      file = openedFile;
      return opening;
    },
    saved(history, savedFile) {
      // Parsing the opened text only for this would cost a large event's parse at every save without a change.
      if (current) current = { ...current, history };
      else savedHistory = history;
      file = savedFile;
    },
    async record(changes) {
      if (changes.opening !== opening) return 'ignored';
      if (changes.project) current = changes.project;
      else if (changes.sequence !== nextSequence) return 'resend';
      else {
        const project = currentProject();
        if (!project) return 'resend';
        try {
          current = applyPatches(project, changes.patches as Patch[]);
        } catch {
          return 'resend';
        }
      }
      nextSequence = changes.sequence + 1;
      await schedule(changes.unsaved ? 'write' : 'remove');
      return 'recorded';
    },
    async discard() {
      await schedule('remove');
    },
    async found() {
      const text = await readFile(infoPath, 'utf8').catch(() => null);
      if (text === null) return null;
      try {
        const info = JSON.parse(text) as RecoveryCopyInfo;
        const exists = await stat(projectPath).then((info) => info.isFile(), () => false);
        return exists && typeof info.savedAt === 'string' ? info : null;
      } catch {
        return null;
      }
    },
    settled: () => writes,
  };
}

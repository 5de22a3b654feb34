/** What each IPC channel does, on plain Node services: the main process and the e2e bridge both use this. */
import { basename, extname } from 'node:path';
import type { z } from 'zod';
import {
  channels, type AppInfo, type Channel, type ChannelOutput, type Failed, type OpenResult, type Progress, type ReadingProgress, type SaveProjectResult,
} from '../../shared/ipc.ts';
import { createI18n, pickLanguage } from '../../shared/i18n/index.ts';
import type { Project } from '../../shared/model/schema.ts';
import type { Problem } from '../../shared/problems.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { spreadsheetCsv } from '../../shared/exports/csv.ts';
import { safeFileStem } from '../../shared/exports/file-name.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { dataFolder } from './data-folder.ts';
import { fingerprintOf, type DiskFingerprint } from './disk-fingerprint.ts';
import { createSnapshotStore } from './history/snapshots.ts';
import { saveProjectSafely } from './project-saving.ts';
import { createRecoveryCopy, type RecoveryCopy } from './recovery.ts';
import { createFileReader, type FileReader } from './untrusted/reader.ts';
import { exportWorkbooks } from './export/index.ts';
import { drawHallPlan } from './export/hall-plan.ts';
import { intoFolder, writeProgrammeFiles } from './export/programme.ts';
import { hallPlanSvg } from '../../shared/posters/plan-svg.ts';
import type { Dialogs } from './dialogs.ts';
import type { Preferences } from './preferences.ts';
import type { TextKey } from '../../shared/i18n/typed-keys.ts';
import { mergeCopy } from './merge-copy.ts';
import { findCommonAncestor } from './history/index.ts';

/** One service per channel, taking the channel's input once it has been validated. */
export type AppServices = {
  readonly [C in Channel]: (input: z.output<(typeof channels)[C]['input']>) => Promise<ChannelOutput<C>>;
};

export interface AppServiceDeps {
  readonly dialogs: Dialogs;
  readonly preferences: Preferences;
  readonly version: string;
  /** The operating system's locale, e.g. "fr-FR". */
  readonly systemLocale: string;
  /** Told when the user picks another language (the main process rebuilds its menu). */
  readonly onLanguageChanged?: (language: AppInfo['language']) => void;
  /** Sends a long task's progress to the window. */
  readonly onProgress?: (progress: Progress) => void;
  /** Sends a reading's progress to the window. */
  readonly onReading?: (progress: ReadingProgress) => void;
  /** Reads files from elsewhere off this thread; one reading the TypeScript sources when not given. */
  readonly reader?: FileReader;
  /** The newest revision both copies share; by default from the snapshots kept in the data folder. */
  readonly findCommonAncestor?: (mine: Project, theirs: Project) => Promise<Project | null>;
  /** Where the recovery copy, the backups and the snapshots go; dataFolder() when not given. */
  readonly dataFolder?: string;
  /** The window agreed to close: the shell closes it (or quits). */
  readonly onCloseConfirmed?: () => void;
}

/** The services, and what tests wait for: the recovery copy's and the snapshots' writes, done in the background. */
export type AppServicesWithKeeping = AppServices & { readonly recovery: RecoveryCopy; readonly settled: () => Promise<void> };

const PROJECT_EXTENSION = '.regie';

const failed = (problems: readonly Problem[]): Failed => ({ status: 'failed', problems });
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
/** The Problem a service error carries (project-files throws them), else a generic one with the error's message. */
function problemOf(error: unknown, code: TextKey, file: string): Problem {
  const carried = (error as { problem?: Problem } | null)?.problem;
  return carried && typeof carried.code === 'string' ? carried : { code, file, params: { message: messageOf(error) } };
}

/** A file name from the event's name, for the save dialog: "journees-annuelles-2025.regie". */
function suggestedFileName(project: Project, extension = PROJECT_EXTENSION, prefix = ''): string {
  const name = project.event.shortName || project.event.name;
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}${safeFileStem(slug, 'regie', 100)}${extension}`;
}

export function createAppServices(deps: AppServiceDeps): AppServicesWithKeeping {
  const { dialogs, preferences } = deps;
  const reader = deps.reader ?? createFileReader();
  const folder = deps.dataFolder ?? dataFolder();
  const recovery = createRecoveryCopy(folder);
  const snapshots = createSnapshotStore(folder);
  /** The open project's file; it never leaves the main process. */
  let currentPath: string | null = null;
  /** What that file was when opened or last saved, to notice a colleague's save in between. */
  let known: DiskFingerprint | null = null;
  let lastExportFolder: string | null = null;
  /** The open file as read for "Merge their changes", until the merge is applied. */
  let mergedVersion: { readonly path: string; readonly fingerprint: DiskFingerprint } | null = null;
  let snapshotWrites: Promise<void> = Promise.resolve();

  /** Keeps a snapshot of a revision opened or saved, in the background: merging later needs it, the user waits for nothing. */
  const keepSnapshot = (project: () => Project, text?: Uint8Array | string) => {
    snapshotWrites = snapshotWrites.then(() => snapshots.record(project(), text)).catch(() => undefined);
  };

  const appInfo = (): AppInfo => ({
    version: deps.version,
    systemLanguage: pickLanguage(deps.systemLocale),
    language: preferences.language(),
    notices: preferences.takeNotices(),
  });

  const openFile = async (path: string): Promise<OpenResult> => {
    try {
      // Taken before reading: a change made while it is read then shows as a change at the next save, never the reverse.
      const fingerprint = await fingerprintOf(path);
      const outcome = await reader.read({ kind: 'project', path }, deps.onReading);
      if (outcome.status === 'cancelled') return { status: 'cancelled' };
      if (outcome.status === 'failed') return failed([outcome.problem]);
      const read = outcome.value;
      if (!read.ok) return failed(read.problems);
      currentPath = path;
      known = fingerprint;
      preferences.addRecentFile(path);
      // The window settled the previous project's unsaved work before asking to open this one.
      await recovery.discard();
      const opening = recovery.opened(read.projectJson, { path, fingerprint });
      keepSnapshot(() => JSON.parse(read.projectJson) as Project, read.projectJson);
      return { status: 'opened', projectJson: read.projectJson, fileName: basename(path), repairs: read.repairs, opening };
    } catch (error) {
      return failed([problemOf(error, 'common:files.openFailed', basename(path))]);
    }
  };

  const openSample = async (): Promise<OpenResult> => {
    currentPath = null;
    known = null;
    await recovery.discard();
    const projectJson = JSON.stringify(sampleProject());
    return { status: 'opened', projectJson, fileName: null, repairs: [], opening: recovery.opened(projectJson, null) };
  };

  /** `expected`: what the file should still be (null: do not compare, the user chose this file in Save as… or Overwrite). */
  const saveTo = async (path: string, project: Project, expected: DiskFingerprint | null): Promise<SaveProjectResult> => {
    let outcome;
    try {
      outcome = await saveProjectSafely(path, project, { dataFolder: folder, known: expected });
    } catch (error) {
      return failed([problemOf(error, 'common:files.saveFailed', basename(path))]);
    }
    if (outcome.status === 'changedOnDisk') return { status: 'changedOnDisk', fileName: basename(path) };
    const saved = outcome.project;
    currentPath = path;
    known = outcome.fingerprint;
    preferences.addRecentFile(path);
    recovery.saved(saved.history, { path, fingerprint: known });
    await recovery.discard();
    keepSnapshot(() => saved, outcome.bytes);
    return { status: 'saved', fileName: basename(path), history: saved.history };
  };

  const saveAs = async (project: Project): Promise<SaveProjectResult> => {
    const chosen = await dialogs.showSave('project', suggestedFileName(project));
    if (!chosen) return { status: 'cancelled' };
    return saveTo(extname(chosen) ? chosen : `${chosen}${PROJECT_EXTENSION}`, project, null);
  };

  /** The recovery copy, opened like any file (it may be damaged), as unsaved work on the file it belonged to. */
  const restoreRecovery = async (): Promise<OpenResult> => {
    const info = await recovery.found();
    if (!info) return { status: 'cancelled' };
    const outcome = await reader.read({ kind: 'project', path: recovery.projectPath }, deps.onReading);
    if (outcome.status === 'cancelled') return { status: 'cancelled' };
    if (outcome.status === 'failed') return failed([outcome.problem]);
    const read = outcome.value;
    if (!read.ok) return failed(read.problems);
    currentPath = info.file?.path ?? null;
    known = info.file?.fingerprint ?? null;
    const opening = recovery.opened(read.projectJson, info.file);
    return { status: 'opened', projectJson: read.projectJson, fileName: info.fileName, repairs: read.repairs, opening, unsaved: true };
  };

  return {
    appInfo: async () => appInfo(),
    setLanguage: async (language) => {
      preferences.setLanguage(language);
      deps.onLanguageChanged?.(language);
      return appInfo();
    },
    openSample,
    openProject: async () => {
      const chosen = await dialogs.showOpen('project');
      return chosen ? openFile(chosen) : { status: 'cancelled' };
    },
    openStartup: async () => {
      const last = preferences.recentFiles()[0];
      if (!last) return openSample();
      const opened = await openFile(last);
      if (opened.status === 'opened') return opened;
      const sample = await openSample();
      const notice: Problem = { code: 'common:files.lastFileUnavailable', file: basename(last) };
      return sample.status === 'opened' ? { ...sample, repairs: [notice, ...(opened.status === 'failed' ? opened.problems : [])] } : sample;
    },
    saveProject: async (project) => (currentPath ? saveTo(currentPath, project, known) : saveAs(project)),
    saveProjectAs: saveAs,
    overwriteProject: async (project) => (currentPath ? saveTo(currentPath, project, null) : saveAs(project)),
    recordChanges: (changes) => recovery.record(changes),
    discardRecovery: () => recovery.discard(),
    recoveryCopy: async () => {
      const info = await recovery.found();
      return info ? { status: 'found', savedAt: info.savedAt, fileName: info.fileName } : { status: 'none' };
    },
    restoreRecovery,
    savedFileMerged: async () => {
      if (mergedVersion && mergedVersion.path === currentPath) known = mergedVersion.fingerprint;
      mergedVersion = null;
    },
    closeWindow: async () => {
      await recovery.settled();
      deps.onCloseConfirmed?.();
    },
    recovery,
    settled: async () => {
      await recovery.settled();
      await snapshotWrites;
      },
    timetableView: async () => ({ shownFindings: preferences.shownFindings(), place: currentPath ? preferences.timetablePlace(currentPath) : null }),
    setTimetableView: async ({ shownFindings, place }) => {
      if (shownFindings) preferences.setShownFindings(shownFindings);
      // The sample is opened afresh each time: only a file has a place to come back to.
      if (place && currentPath) preferences.rememberTimetablePlace(currentPath, place);
    },
    pickParticipantsFile: async (context) => {
      const chosen = await dialogs.showOpen('participants');
      if (!chosen) return { status: 'cancelled' };
      const outcome = await reader.read({ kind: 'table', path: chosen, context }, deps.onReading);
      if (outcome.status === 'cancelled') return { status: 'cancelled' };
      if (outcome.status === 'failed') return failed([outcome.problem]);
      const read = outcome.value;
      return 'ok' in read ? { status: 'read', listJson: read.listJson } : read;
    },
    mergeCopy: async ({ project, from }) => {
      const path = from === 'chosen' ? await dialogs.showOpen('project') : currentPath;
      if (from === 'savedFile' && !path) return failed([{ code: 'mergeReview:noSavedFile' }]);
      if (!path) return { status: 'cancelled' };
      const ancestor = deps.findCommonAncestor ?? (async (mine: Project, theirs: Project) => {
        // The snapshot of the file just opened may still be on its way to the store.
        await snapshotWrites;
        return findCommonAncestor(mine, theirs, snapshots);
      });
      const keepTheirs = (theirs: Project) => keepSnapshot(() => theirs);
      // What their file is as merged: once the merge is applied, a save may replace that version (and only that one).
      const seen = from === 'savedFile' ? await fingerprintOf(path) : null;
      const merged = await mergeCopy({ mine: project, path, reader, onReading: deps.onReading, findCommonAncestor: ancestor, onTheirsRead: keepTheirs });
      if (merged.status === 'merged' && seen) mergedVersion = { path, fingerprint: seen };
      return merged;
    },
    cancelReading: async () => reader.cancel(),
    pickPosterList: async () => {
      const chosen = await dialogs.showOpen('posterList');
      if (!chosen) return { status: 'cancelled' };
      const outcome = await reader.read({ kind: 'sheet', path: chosen }, deps.onReading);
      if (outcome.status === 'cancelled') return { status: 'cancelled' };
      if (outcome.status === 'failed') return failed([outcome.problem]);
      const read = outcome.value;
      return 'ok' in read ? { status: 'read', table: read.table } : read;
    },
    pickProgrammeFile: async () => {
      const chosen = await dialogs.showOpen('programme');
      if (!chosen) return { status: 'cancelled' };
      const outcome = await reader.read({ kind: 'programme', path: chosen }, deps.onReading);
      if (outcome.status === 'cancelled') return { status: 'cancelled' };
      if (outcome.status === 'failed') return failed([outcome.problem]);
      const read = outcome.value;
      return read.ok ? { status: 'read', fileName: basename(chosen), programmeJson: read.programmeJson, notices: read.notices } : failed(read.problems);
    },
    saveImportReport: async ({ rows }) => {
      const chosen = await dialogs.showSave('importReport', 'import-report.csv');
      if (!chosen) return { status: 'cancelled' };
      try {
        await writeFileAtomic(chosen, spreadsheetCsv(rows));
      } catch (error) {
        return failed([problemOf(error, 'common:files.saveFailed', basename(chosen))]);
      }
      return { status: 'saved', fileName: basename(chosen) };
    },
    exportWorkbooks: async ({ project, only, language }) => {
      const folder = await dialogs.showFolder();
      if (!folder) return { status: 'cancelled' };
      try {
        const files = await exportWorkbooks(project, only, language, folder, (step) =>
          deps.onProgress?.({ done: step.done, total: step.total, item: step.workbook }),
        );
        lastExportFolder = folder;
        return { status: 'exported', folderName: basename(folder), files };
      } catch (error) {
        return failed([problemOf(error, 'common:files.exportFailed', basename(folder))]);
      }
    },
    showExportFolder: async () => {
      if (lastExportFolder) await dialogs.revealFolder(lastExportFolder);
    },
    exportHallPlan: async ({ project, format, language }) => {
      const chosen = await dialogs.showSave(format === 'svg' ? 'hallPlanSvg' : 'hallPlanPng', suggestedFileName(project, `.${format}`, 'plan-posters-'));
      if (!chosen) return { status: 'cancelled' };
      const path = extname(chosen) ? chosen : `${chosen}.${format}`;
      try {
        await writeFileAtomic(path, format === 'svg' ? hallPlanSvg(project, createI18n(language).t) : drawHallPlan(project));
      } catch (error) {
        return failed([problemOf(error, 'common:files.saveFailed', basename(path))]);
      }
      return { status: 'saved', fileName: basename(path) };
    },
    exportProgramme: async ({ project, formats, language }) => {
      const folder = await dialogs.showFolder();
      if (!folder) return { status: 'cancelled' };
      try {
        const files = await writeProgrammeFiles(project, formats, language, intoFolder(folder));
        lastExportFolder = folder;
        return { status: 'exported', folderName: basename(folder), files };
      } catch (error) {
        return failed([problemOf(error, 'common:files.exportFailed', basename(folder))]);
      }
    },
  };
}

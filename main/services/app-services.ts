/** What each IPC channel does, on plain Node services: the main process and the e2e bridge both use this. */
import { basename, extname } from 'node:path';
import type { z } from 'zod';
import {
  channels, type AppInfo, type Channel, type ChannelOutput, type Failed, type OpenResult, type Progress, type ReadingProgress, type SaveResult,
} from '../../shared/ipc.ts';
import { createI18n, pickLanguage } from '../../shared/i18n/index.ts';
import type { Project } from '../../shared/model/schema.ts';
import type { Problem } from '../../shared/problems.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { spreadsheetCsv } from '../../shared/exports/csv.ts';
import { safeFileStem } from '../../shared/exports/file-name.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { writeProjectFile } from './project-files.ts';
import { createFileReader, type FileReader } from './untrusted/reader.ts';
import { exportWorkbooks } from './export/index.ts';
import { drawHallPlan } from './export/hall-plan.ts';
import { hallPlanSvg } from '../../shared/posters/plan-svg.ts';
import type { Dialogs } from './dialogs.ts';
import type { Preferences } from './preferences.ts';
import type { TextKey } from '../../shared/i18n/typed-keys.ts';

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
}

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

export function createAppServices(deps: AppServiceDeps): AppServices {
  const { dialogs, preferences } = deps;
  const reader = deps.reader ?? createFileReader();
  /** The open project's file; it never leaves the main process. */
  let currentPath: string | null = null;
  let lastExportFolder: string | null = null;

  const appInfo = (): AppInfo => ({
    version: deps.version,
    systemLanguage: pickLanguage(deps.systemLocale),
    language: preferences.language(),
    notices: preferences.takeNotices(),
  });

  const openFile = async (path: string): Promise<OpenResult> => {
    try {
      const outcome = await reader.read({ kind: 'project', path }, deps.onReading);
      if (outcome.status === 'cancelled') return { status: 'cancelled' };
      if (outcome.status === 'failed') return failed([outcome.problem]);
      const read = outcome.value;
      if (!read.ok) return failed(read.problems);
      currentPath = path;
      preferences.addRecentFile(path);
      return { status: 'opened', projectJson: read.projectJson, fileName: basename(path), repairs: read.repairs };
    } catch (error) {
      return failed([problemOf(error, 'common:files.openFailed', basename(path))]);
    }
  };

  const openSample = async (): Promise<OpenResult> => {
    currentPath = null;
    return { status: 'opened', projectJson: JSON.stringify(sampleProject()), fileName: null, repairs: [] };
  };

  const saveTo = async (path: string, project: Project): Promise<SaveResult> => {
    try {
      await writeProjectFile(path, project);
    } catch (error) {
      return failed([problemOf(error, 'common:files.saveFailed', basename(path))]);
    }
    currentPath = path;
    preferences.addRecentFile(path);
    return { status: 'saved', fileName: basename(path) };
  };

  const saveAs = async (project: Project): Promise<SaveResult> => {
    const chosen = await dialogs.showSave('project', suggestedFileName(project));
    if (!chosen) return { status: 'cancelled' };
    return saveTo(extname(chosen) ? chosen : `${chosen}${PROJECT_EXTENSION}`, project);
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
    saveProject: async (project) => (currentPath ? saveTo(currentPath, project) : saveAs(project)),
    saveProjectAs: saveAs,
    pickParticipantsFile: async (context) => {
      const chosen = await dialogs.showOpen('participants');
      if (!chosen) return { status: 'cancelled' };
      const outcome = await reader.read({ kind: 'table', path: chosen, context }, deps.onReading);
      if (outcome.status === 'cancelled') return { status: 'cancelled' };
      if (outcome.status === 'failed') return failed([outcome.problem]);
      const read = outcome.value;
      return 'ok' in read ? { status: 'read', listJson: read.listJson } : read;
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
  };
}

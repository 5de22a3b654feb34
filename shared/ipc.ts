/**
 * The one contract between the renderer and the main process: channel -> input schema and output type.
 * The preload, main/ipc.ts and the e2e bridge are all built from this file, so they cannot drift apart.
 */
import { z } from 'zod';
import { WORKBOOKS } from './exports/workbook-ids.ts';
import { LANGUAGES, type Language } from './i18n/languages.ts';
import type { PreparedImport } from './import/prepare.ts';
import { importMappingSchema, projectSchema, registrationOptionSchema, type Project } from './model/schema.ts';
import type { Problem } from './problems.ts';
import type { MergeResult } from './merge/index.ts';
import { timetableViewChangeSchema, type TimetableViewSettings } from './timetable/view-settings.ts';
import { PROGRAMME_FORMATS } from './programme/programme-formats.ts';

export type Failed = { readonly status: 'failed'; readonly problems: readonly Problem[] };
export type Cancelled = { readonly status: 'cancelled' };

export interface OpenedProject {
  readonly status: 'opened';
  /**
   * The project as JSON text, parsed by the window: a string crosses from the reading worker through the main
   * process at the cost of a copy, where an object graph would be cloned twice on the way.
   */
  readonly projectJson: string;
  /** Shown in the title bar; the main process keeps the full path to itself. Null: never saved (the sample). */
  readonly fileName: string | null;
  /** What the forgiving restore repaired while opening. */
  readonly repairs: readonly Problem[];
  /** This opening's number: the window's changes name it, so a recovery copy never mixes two projects. */
  readonly opening?: number;
  /** Work restored from a recovery copy: never saved, so the window shows it as unsaved. */
  readonly unsaved?: boolean;
}
export type OpenResult = OpenedProject | Cancelled | Failed;
export type SaveResult = { readonly status: 'saved'; readonly fileName: string } | Cancelled | Failed;
/** A project saved: its new revision ids come back to the window. Or not saved: someone else changed the file since. */
export type SaveProjectResult =
  | { readonly status: 'saved'; readonly fileName: string; readonly history: Project['history'] }
  | { readonly status: 'changedOnDisk'; readonly fileName: string }
  | Cancelled
  | Failed;
/** A recovery copy a previous run left (after a crash): when it was written, and for which file. */
export type RecoveryCopyResult =
  | { readonly status: 'none' }
  | { readonly status: 'found'; readonly savedAt: string; readonly fileName: string | null };

/** One immer patch of the window's undo history, as sent for the recovery copy. */
const patchSchema = z.object({
  op: z.enum(['add', 'remove', 'replace']),
  path: z.array(z.union([z.string(), z.number()])).max(64),
  value: z.unknown().optional(),
});

/** A spreadsheet read as text only: rows of cells, as the registration platform wrote them. */
export interface SheetTable {
  readonly fileName: string;
  readonly sheetName: string;
  /** Every row of the sheet, cells as text; row i is spreadsheet row i + 1. */
  readonly rows: readonly (readonly string[])[];
  /** [row index, column index] of cells whose text is a formula the workbook kept no result for (read as plain text). */
  readonly formulaCells?: readonly (readonly [number, number])[];
  /** Encoding and separator found, for CSV files. */
  readonly encoding?: string;
  readonly separator?: string;
}
/** The list as read, and the first look taken at it off the window's thread: header row and guessed columns. */
export interface ReadList {
  readonly table: SheetTable;
  readonly prepared: PreparedImport;
}
/** `listJson`: a ReadList as JSON text, parsed by the window (like OpenedProject's projectJson: a copy, not clones). */
export type PickTableResult = { readonly status: 'read'; readonly listJson: string } | Cancelled | Failed;
/** A list read as text only (a poster list): small enough to cross as it is. */
export type PickSheetResult = { readonly status: 'read'; readonly table: SheetTable } | Cancelled | Failed;

/** Where the copy to merge comes from: one the organiser chooses, or the open project's own file as someone else saved it. */
export const MERGE_SOURCES = ['chosen', 'savedFile'] as const;
export type MergeSource = (typeof MERGE_SOURCES)[number];

/** A colleague's copy read and merged with the open plan, off the window's thread: what the review shows. */
export interface MergeCopy {
  /** Their file's name (the main process keeps the path). */
  readonly fileName: string;
  /** Their copy, as opened (describing a change names its rooms and people). */
  readonly theirs: Project;
  /** The newest revision both copies share, or null: every difference is then a choice. */
  readonly base: Project | null;
  readonly result: MergeResult;
  /** Set when their copy is of another event (another project id): the review refuses it unless the organiser goes on. */
  readonly otherEvent: { readonly mine: string; readonly theirs: string } | null;
}
/** `mergeJson`: a MergeCopy as JSON text, parsed by the window (like OpenedProject's projectJson). */
export type MergeCopyResult = { readonly status: 'merged'; readonly mergeJson: string } | Cancelled | Failed;
/** A programme read and checked off the window's thread: `programmeJson` is an ImportedProgramme as JSON text; notices say what was read with a doubt. */
export type PickProgrammeResult =
  | { readonly status: 'read'; readonly fileName: string; readonly programmeJson: string; readonly notices: readonly Problem[] }
  | Cancelled
  | Failed;

export type ExportResult =
  | { readonly status: 'exported'; readonly folderName: string; readonly files: readonly string[] }
  | Cancelled
  | Failed;

/** The hall plan's picture formats: SVG for the venue's drawings, PNG for signage. */
export const HALL_PLAN_FORMATS = ['svg', 'png'] as const;
export type HallPlanFormat = (typeof HALL_PLAN_FORMATS)[number];

export interface AppInfo {
  readonly version: string;
  readonly systemLanguage: Language;
  readonly language: Language | 'system';
  /** Things the user should read once, e.g. settings that were unreadable and were reset. */
  readonly notices: readonly Problem[];
}

const lang = z.enum(LANGUAGES);
/** Carries a channel's output type; outputs come from our own main process, so they are typed, not parsed. */
const returns = <T>(): T => undefined as T;

/** Every channel: the zod schema of its input, and (as a type) its output. */
export const channels = {
  appInfo: { input: z.undefined(), output: returns<AppInfo>() },
  setLanguage: { input: z.enum([...LANGUAGES, 'system']), output: returns<AppInfo>() },
  openSample: { input: z.undefined(), output: returns<OpenResult>() },
  /** The last opened file if it still opens, else the sample: what the window shows at start. */
  openStartup: { input: z.undefined(), output: returns<OpenResult>() },
  openProject: { input: z.undefined(), output: returns<OpenResult>() },
  saveProject: { input: projectSchema, output: returns<SaveProjectResult>() },
  saveProjectAs: { input: projectSchema, output: returns<SaveProjectResult>() },
  /** Reads a copy of the plan (chosen, or the open file as saved since) and merges it with `project`, the open plan. */
  mergeCopy: { input: z.object({ project: projectSchema, from: z.enum(MERGE_SOURCES) }), output: returns<MergeCopyResult>() },
  /** The project's registration options and saved mappings: what the first look at the list needs. */
  pickParticipantsFile: {
    input: z.object({
      event: z.object({ registrationOptions: z.array(registrationOptionSchema).max(1_000) }),
      settings: z.object({ importMappings: z.array(importMappingSchema).max(1_000) }),
    }),
    output: returns<PickTableResult>(),
  },
  /** Stops the reading of a file under way (opening a project, reading a list); it then ends as cancelled. */
  cancelReading: { input: z.undefined(), output: returns<void>() },
  /** A poster list (.xlsx/.csv) chosen in the open dialog, read as text with the participants list's limits. */
  pickPosterList: { input: z.undefined(), output: returns<PickSheetResult>() },
  /** A programme (schedule.xml or schedule.json) chosen in the open dialog, read and checked in the reading worker. */
  pickProgrammeFile: { input: z.undefined(), output: returns<PickProgrammeResult>() },
  saveImportReport: {
    input: z.object({ rows: z.array(z.array(z.string())).max(200_000) }),
    output: returns<SaveResult>(),
  },
  exportWorkbooks: {
    input: z.object({ project: projectSchema, only: z.array(z.enum(WORKBOOKS)).min(1), language: lang }),
    output: returns<ExportResult>(),
  },
  showExportFolder: { input: z.undefined(), output: returns<void>() },
  /** Writes the poster hall's plan where the organiser chooses, in the main process's save dialog. */
  exportHallPlan: {
    input: z.object({ project: projectSchema, format: z.enum(HALL_PLAN_FORMATS), language: lang }),
    output: returns<SaveResult>(),
  },
  /** Saves over the open file even though someone else changed it since (the user chose "Overwrite"). */
  overwriteProject: { input: projectSchema, output: returns<SaveProjectResult>() },
  /** The changes since the last batch, for the recovery copy (written a moment later by main, off the window's thread). */
  recordChanges: {
    input: z.object({
      opening: z.number().int(),
      sequence: z.number().int().min(0),
      patches: z.array(patchSchema).max(1_000_000),
      project: projectSchema.optional(),
      unsaved: z.boolean(),
    }),
    output: returns<'recorded' | 'resend' | 'ignored'>(),
  },
  /** The user chose not to keep the unsaved changes: the recovery copy goes. */
  discardRecovery: { input: z.undefined(), output: returns<void>() },
  /** At start: a recovery copy left by a run that did not end well. */
  recoveryCopy: { input: z.undefined(), output: returns<RecoveryCopyResult>() },
  /** Opens the recovery copy, as unsaved work on the file it belonged to. */
  restoreRecovery: { input: z.undefined(), output: returns<OpenResult>() },
  /** The window agreed to close (nothing unsaved, or the user answered): the shell closes it, or quits. */
  closeWindow: { input: z.undefined(), output: returns<void>() },
  /** Their changes to the open file were merged in: the file as read for that merge is what the next save may replace. */
  savedFileMerged: { input: z.undefined(), output: returns<void>() },
  /** The timetable's findings filter and the place remembered for the open file (app settings, not the project). */
  timetableView: { input: z.undefined(), output: returns<TimetableViewSettings>() },
  /** Remembers the findings filter and/or where the grid is for the open file. */
  setTimetableView: { input: timetableViewChangeSchema, output: returns<void>() },
  /** Writes the programme (schedule.xml, schedule.json, calendars) into a folder the organiser chooses. */
  exportProgramme: {
    input: z.object({ project: projectSchema, formats: z.array(z.enum(PROGRAMME_FORMATS)).min(1), language: lang }),
    output: returns<ExportResult>(),
  },
} as const;

export type Channel = keyof typeof channels;
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends Channel> = (typeof channels)[C]['output'];

/** Commands the native menu sends to the window (the renderer performs them like its own buttons); 'close': the user closes the window or quits. */
export const MENU_COMMANDS = ['open', 'openSample', 'save', 'saveAs', 'mergeCopy', 'undo', 'redo', 'close'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
/** The one channel main uses to talk to the window. */
export const MENU_EVENT = 'regie:menu';

/** How far a long task (an export) has got, sent by main while it runs. */
export interface Progress {
  readonly done: number;
  readonly total: number;
  /** What was just finished, e.g. the workbook's id. */
  readonly item: string;
}
/** The channel main uses to report progress to the window. */
export const PROGRESS_EVENT = 'regie:progress';

/** How far the reading of a file from elsewhere has got; the window offers to cancel one that lasts. */
export interface ReadingProgress {
  readonly file: string;
  /** Bytes read, of `total` (0 when unknown). */
  readonly done: number;
  readonly total: number;
  /** The reading ended: read, refused or cancelled. */
  readonly finished: boolean;
}
/** The channel main uses to report a reading's progress to the window. */
export const READING_EVENT = 'regie:reading';

/** The largest message the window may send, text counted as UTF-16: room for the largest supported project (64 MB on disk). */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

/** The IPC channel name of a contract method. */
export const channelName = (method: Channel): string => `regie:${method}`;

/** The object the preload exposes as `window.regie`: one method per channel, plus menu commands. */
export type RegieApi = {
  readonly [C in Channel]: ChannelInput<C> extends undefined
    ? () => Promise<ChannelOutput<C>>
    : (input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
} & {
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  readonly onProgress: (listener: (progress: Progress) => void) => () => void;
  readonly onReading: (listener: (progress: ReadingProgress) => void) => () => void;
};

/** Builds `window.regie` from any transport (ipcRenderer in the preload, a Playwright binding in tests). */
export function makeRegieApi(
  invoke: (channel: Channel, input: unknown) => Promise<unknown>,
  onMenuCommand: RegieApi['onMenuCommand'] = () => () => undefined,
  onProgress: RegieApi['onProgress'] = () => () => undefined,
  onReading: RegieApi['onReading'] = () => () => undefined,
): RegieApi {
  const api: Record<string, unknown> = { onMenuCommand, onProgress, onReading };
  for (const channel of Object.keys(channels) as Channel[]) {
    api[channel] = (input?: unknown) => invoke(channel, input);
  }
  return api as RegieApi;
}

/**
 * The one contract between the renderer and the main process: channel -> input schema and output type.
 * The preload, main/ipc.ts and the e2e bridge are all built from this file, so they cannot drift apart.
 */
import { z } from 'zod';
import { projectSchema, type Project } from './model/schema.ts';
import type { Problem } from './problems.ts';

export type Failed = { readonly status: 'failed'; readonly problems: readonly Problem[] };
export type Cancelled = { readonly status: 'cancelled' };

export interface OpenedProject {
  readonly status: 'opened';
  readonly project: Project;
  /** Shown in the title bar; the main process keeps the full path to itself. Null: never saved (the sample). */
  readonly fileName: string | null;
  /** What the forgiving restore repaired while opening. */
  readonly repairs: readonly Problem[];
}
export type OpenResult = OpenedProject | Cancelled | Failed;
export type SaveResult = { readonly status: 'saved'; readonly fileName: string } | Cancelled | Failed;

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
export type PickTableResult = { readonly status: 'read'; readonly table: SheetTable } | Cancelled | Failed;

export const WORKBOOKS = ['timetable', 'rooms', 'setup', 'catering', 'tours', 'posters', 'reception'] as const;
export type WorkbookId = (typeof WORKBOOKS)[number];
export type ExportResult =
  | { readonly status: 'exported'; readonly folderName: string; readonly files: readonly string[] }
  | Cancelled
  | Failed;

/** The hall plan's picture formats: SVG for the venue's drawings, PNG for signage. */
export const HALL_PLAN_FORMATS = ['svg', 'png'] as const;
export type HallPlanFormat = (typeof HALL_PLAN_FORMATS)[number];

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
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
  setLanguage: { input: z.enum(['fr', 'en', 'system']), output: returns<AppInfo>() },
  openSample: { input: z.undefined(), output: returns<OpenResult>() },
  /** The last opened file if it still opens, else the sample: what the window shows at start. */
  openStartup: { input: z.undefined(), output: returns<OpenResult>() },
  openProject: { input: z.undefined(), output: returns<OpenResult>() },
  saveProject: { input: projectSchema, output: returns<SaveResult>() },
  saveProjectAs: { input: projectSchema, output: returns<SaveResult>() },
  pickParticipantsFile: { input: z.undefined(), output: returns<PickTableResult>() },
  /** A poster list (.xlsx/.csv) chosen in the open dialog, read as text with the participants list's limits. */
  pickPosterList: { input: z.undefined(), output: returns<PickTableResult>() },
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
} as const;

export type Channel = keyof typeof channels;
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends Channel> = (typeof channels)[C]['output'];

/** Commands the native menu sends to the window (the renderer performs them like its own buttons). */
export const MENU_COMMANDS = ['open', 'openSample', 'save', 'saveAs', 'undo', 'redo'] as const;
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
};

/** Builds `window.regie` from any transport (ipcRenderer in the preload, a Playwright binding in tests). */
export function makeRegieApi(
  invoke: (channel: Channel, input: unknown) => Promise<unknown>,
  onMenuCommand: RegieApi['onMenuCommand'] = () => () => undefined,
  onProgress: RegieApi['onProgress'] = () => () => undefined,
): RegieApi {
  const api: Record<string, unknown> = { onMenuCommand, onProgress };
  for (const channel of Object.keys(channels) as Channel[]) {
    api[channel] = (input?: unknown) => invoke(channel, input);
  }
  return api as RegieApi;
}

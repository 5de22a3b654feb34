/** What the import dialog and its checking worker say to each other (see import-check.ts for why a worker). */
import type { Language } from '../../../../shared/i18n/languages.ts';
import type { ColumnTargets, ImportNote, ImportSummary } from '../../../../shared/import/index.ts';
import type { Participant, Project } from '../../../../shared/model/schema.ts';
import type { Conflict } from '../../../../shared/rules/index.ts';

/** What the organiser chose in the dialog: each change is checked again. */
export interface CheckRequest {
  readonly headerIndex: number;
  readonly targets: ColumnTargets;
  readonly removeMissing: boolean;
}

/** The parts of the project sent in slices, so no single hand-over holds the window. */
export type ProjectListKey = 'participants' | 'sessions';

export type ToChecker =
  /** The list as the reading worker handed it over: a ReadList as JSON text. */
  | { readonly type: 'list'; readonly json: string }
  /** The project without its participants and sessions, which follow in slices. */
  | { readonly type: 'project'; readonly base: Project }
  | { readonly type: 'projectPart'; readonly key: ProjectListKey; readonly items: readonly unknown[] }
  | { readonly type: 'check'; readonly id: number; readonly request: CheckRequest }
  | { readonly type: 'payload'; readonly id: number }
  | { readonly type: 'report'; readonly id: number; readonly language: Language };

/** What the dialog shows of a check: the figures and the first notes, never the 10,000 people themselves. */
export interface CheckedImport {
  readonly summary: ImportSummary;
  /** Sorted, warnings and errors only, at most NOTES_SHOWN. */
  readonly problems: readonly ImportNote[];
  /** Sorted, every level, at most NOTES_SHOWN. */
  readonly allNotes: readonly ImportNote[];
  readonly changes: readonly Conflict[];
  readonly mappingBroken: boolean;
  readonly importable: boolean;
}

/** What the import edit needs, kept in the worker until the organiser clicks Import. */
export interface ImportPayload {
  readonly upserts: readonly Participant[];
  readonly removeIds: readonly string[];
}

/** 1: reading the rows and comparing them with the project; 2: checking the plan before and after. */
export type CheckStep = 1 | 2;

export type FromChecker =
  | { readonly type: 'step'; readonly id: number; readonly step: CheckStep }
  | { readonly type: 'checked'; readonly id: number; readonly result: CheckedImport }
  /**
   * The people as JSON texts of PEOPLE_PER_PART each: strings cross to the window far faster than 10,000 objects,
   * and the window reads one part per turn.
   */
  | { readonly type: 'payload'; readonly id: number; readonly parts: readonly string[]; readonly removeIds: readonly string[] }
  | { readonly type: 'report'; readonly id: number; readonly rows: string[][] };

/** Small enough that reading one part of the people to import never holds the window for long. */
export const PEOPLE_PER_PART = 500;

/** More lines than anyone reads on screen; the saved report has them all. */
export const NOTES_SHOWN = 500;

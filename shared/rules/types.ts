/** What a conflict is: a rule the plan breaks, the items involved, and the sentence that says what to do. */
import type { Project } from '../model/schema.ts';
import type { Lookups } from './lookups.ts';
import type { TextKey } from '../i18n/typed-keys.ts';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type ItemKind = 'session' | 'room' | 'person' | 'participant' | 'tour-group' | 'poster' | 'board';
export interface ConflictItem {
  readonly kind: ItemKind;
  readonly id: string;
}

export type ConflictParams = Readonly<Record<string, string | number>>;

/** A conflict as a rule finds it, before the project's settings (severity, enabled, acknowledgements) apply. */
export interface Finding {
  readonly rule: string;
  /** Stable across moves (ids, not times): acknowledgements are stored under it. */
  readonly key: string;
  readonly items: readonly ConflictItem[];
  /** i18n key of the message ("conflicts:…"). */
  readonly code: TextKey;
  readonly params: ConflictParams;
  /** Sessions whose change can make this finding appear or go: the incremental checker re-checks through them. */
  readonly deps: readonly string[];
}

/** A conflict as the organiser sees it. */
export interface Conflict {
  readonly rule: string;
  readonly severity: Severity;
  readonly items: readonly ConflictItem[];
  readonly key: string;
  readonly code: TextKey;
  readonly params: ConflictParams;
  readonly acknowledged: boolean;
  /** The organiser's note when acknowledged. */
  readonly note: string;
}

export type Emit = (finding: Finding) => void;

/** One rule: an id, a default severity, and a check per session and/or over the whole project. */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** Emits every finding of this rule that involves the session (pairs are emitted from both sides). */
  readonly checkSession?: (sessionId: string, lookups: Lookups, emit: Emit) => void;
  /**
   * Emits findings that involve no session (tours, posters). It may read sessions only through the tours' sessions:
   * after an edit of sessions alone it is re-run when one of those changed.
   */
  readonly checkProject?: (lookups: Lookups, project: Project, emit: Emit) => void;
}

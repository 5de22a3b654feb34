/** The shapes of a merge of two copies of a plan, shared by the review dialog, the `regie merge` command and the tests. */
import type { Project } from '../model/schema.ts';

/** The parts of a project a merge walks, in the order the review lists them. */
export type MergeArea =
  | 'event' | 'venues' | 'rooms' | 'themes' | 'people' | 'sessions' | 'participants' | 'tours' | 'posterHall' | 'settings';

export const MERGE_AREAS: readonly MergeArea[] = [
  'event', 'venues', 'rooms', 'themes', 'people', 'sessions', 'participants', 'tours', 'posterHall', 'settings',
];

/** Mine and theirs, and the revision both come from (null when none is known: a two-way merge). */
export interface MergeInput {
  readonly base: Project | null;
  readonly mine: Project;
  readonly theirs: Project;
}

/** One change that comes from their copy (taken, or in conflict). */
export interface MergeChange {
  readonly area: MergeArea;
  readonly kind: 'added' | 'changed' | 'removed';
  /** The id (or date, or key) of the first record on the path: a session, a board, a registration option; '' for the event's, hall's or settings' own fields. */
  readonly id: string;
  /** From the project's root, e.g. ['sessions', 's1', 'slot'] (records are named by id, not by index). */
  readonly path: string[];
  readonly before: unknown;
  readonly after: unknown;
}

/** Mine and theirs changed the same thing differently, or one edited what the other deleted. */
export interface MergeConflict {
  /** Stable within one merge: the key of a choice in `resolveMerge`. */
  readonly key: string;
  readonly area: MergeArea;
  readonly id: string;
  readonly path: string[];
  readonly kind: 'both-changed' | 'edited-deleted' | 'both-added';
  /** `undefined` where that side has no such record (deleted or never added). */
  readonly mine: unknown;
  readonly theirs: unknown;
  readonly base: unknown;
}

export interface MergeResult {
  /** Every conflict resolved to mine. */
  readonly merged: Project;
  readonly fromTheirs: MergeChange[];
  readonly conflicts: MergeConflict[];
  /** How many changes of theirs were taken without conflict, per area. */
  readonly taken: Record<MergeArea, number>;
  /** No common revision was known: every difference is a conflict choice. */
  readonly twoWay: boolean;
}

export type MergeChoice = 'mine' | 'theirs';

/** What the tour planner reads and returns: plain data, minutes since midnight, no project needed. */
import type { TourGroup } from '../model/schema.ts';
import type { TextKey } from '../i18n/typed-keys.ts';

/** A person registered for the tour, as the planner needs them. */
export interface Visitor {
  readonly id: string;
  readonly name: string;
  /** The languages they can follow a visit in, the one they prefer first. */
  readonly languages: readonly string[];
  readonly stepFree: boolean;
  readonly affiliation: string;
  readonly companionIds: readonly string[];
}

interface GuideWindow {
  readonly start: number;
  readonly end: number;
}

export interface PlannerGuide {
  readonly id: string;
  readonly name: string;
  readonly languages: readonly string[];
  readonly stepFree: boolean;
  /** When they can lead a visit on the tour's day; empty means all evening. */
  readonly windows: readonly GuideWindow[];
}

export interface TourInput {
  readonly tourId: string;
  readonly limit: number;
  readonly tourMinutes: number;
  readonly intervalMinutes: number;
  /** The window: first departure no earlier, last return no later (null: open until midnight). */
  readonly earliest: number | null;
  readonly latest: number | null;
  readonly visitors: readonly Visitor[];
  readonly guides: readonly PlannerGuide[];
  /** The groups as they are now; a re-plan starts from them. */
  readonly groups: readonly TourGroup[];
  /** "Groupe" or "Group": new groups are named in the event's language. */
  readonly groupWord: string;
}

/** Why no complete plan exists; `code` is an i18n key of the tours catalogue, `params` fill its sentence. */
export interface TourProblem {
  readonly code: TextKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface TourMove {
  readonly participantId: string;
  /** null: a newcomer, placed for the first time. */
  readonly from: string | null;
  /** null: left the tour (cancelled, or no longer registered). */
  readonly to: string | null;
}

export interface TourPlan {
  readonly groups: TourGroup[];
  readonly problems: readonly TourProblem[];
  /** Everyone whose group changed: moved between groups, newly placed, or gone. */
  readonly moves: readonly TourMove[];
  /** Eligible people the plan could not place. */
  readonly unplaced: readonly string[];
}

export type PlanMode = 'plan' | 'replan';

/** The conflict engine: every rule, a full check, and the incremental checker for edits. */
import type { Project } from '../model/schema.ts';
import { createConflictChecker } from './checker.ts';
import type { Conflict } from './types.ts';

export { RULES, RULE_IDS, ruleById } from './catalogue.ts';
export { conflictCheckerInSteps, createConflictChecker, type ConflictChecker } from './checker.ts';
export { effectiveSeverity } from './settings.ts';
export { conflictsByItem, itemRef, countBySeverity, roomClashesOf, type SeverityCounts } from './summary.ts';
export type { Conflict, ConflictItem, ItemKind, Severity } from './types.ts';
export { SEVERITIES } from './types.ts';

/** Every conflict of the plan, with the project's settings and acknowledgements applied. */
export function findConflicts(project: Project): Conflict[] {
  return [...createConflictChecker(project).conflicts];
}

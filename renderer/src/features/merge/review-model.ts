/** What the merge review shows and does, without React: changes grouped by area, choices, values in words, the plan to apply. */
import type { TFunction } from 'i18next';
import type { MergeCopy } from '../../../../shared/ipc.ts';
import {
  MERGE_AREAS, resolveMerge, stampMergedRevision, type MergeArea, type MergeChange, type MergeChoice, type MergeConflict, type MergeResult,
} from '../../../../shared/merge/index.ts';
import { fullName } from '../../../../shared/model/people.ts';
import { projectSchema, type Project } from '../../../../shared/model/schema.ts';
import type { Problem } from '../../../../shared/problems.ts';
import { formatPath } from '../../../../shared/problems.ts';
import { keyOf } from '../../../../shared/i18n/typed-keys.ts';

export type Choices = Readonly<Record<string, MergeChoice>>;

/** Their changes taken without a conflict (a conflict is listed with its choice instead). */
export function takenChanges(result: MergeResult): readonly MergeChange[] {
  const inConflict = new Set(result.conflicts.map((conflict) => JSON.stringify(conflict.path)));
  return result.fromTheirs.filter((change) => !inConflict.has(JSON.stringify(change.path)));
}

/** Changes per area, in the order the review lists areas; areas without a change are left out. */
export function changesByArea(changes: readonly MergeChange[]): { readonly area: MergeArea; readonly changes: readonly MergeChange[] }[] {
  return MERGE_AREAS.map((area) => ({ area, changes: changes.filter((change) => change.area === area) })).filter((group) => group.changes.length > 0);
}

/** Every conflict resolved the same way ("all mine", "all theirs"; mine is where the review starts). */
export const allChoices = (conflicts: readonly MergeConflict[], choice: MergeChoice): Choices =>
  Object.fromEntries(conflicts.map((conflict) => [conflict.key, choice]));

export function countChoices(conflicts: readonly MergeConflict[], choices: Choices): { readonly mine: number; readonly theirs: number } {
  const theirs = conflicts.filter((conflict) => choices[conflict.key] === 'theirs').length;
  return { mine: conflicts.length - theirs, theirs };
}

type Named = { id?: unknown; name?: unknown; title?: unknown; firstName?: unknown; lastName?: unknown; number?: unknown };

/** What an organiser calls a record: its name, title, a person's full name, a board's number. */
function nameOf(record: Named): string | null {
  if (typeof record.title === 'string' && record.title.trim() !== '') return record.title;
  if (typeof record.name === 'string' && record.name.trim() !== '') return record.name;
  if (typeof record.firstName === 'string' && typeof record.lastName === 'string') return fullName({ firstName: record.firstName, lastName: record.lastName });
  if (typeof record.number === 'number') return String(record.number);
  return null;
}

/** The records of an area that have ids (the hall's boards and posters are found under it). */
function recordsOf(project: Project, area: MergeArea): readonly Named[] {
  if (area === 'posterHall') return [...project.posterHall.boards, ...project.posterHall.posters];
  const value = (project as Record<string, unknown>)[area];
  return Array.isArray(value) ? (value as Named[]) : [];
}

/** A record's name in either copy, else its id. */
export function recordName(copies: readonly Project[], area: MergeArea, id: string): string {
  for (const project of copies) {
    const record = recordsOf(project, area).find((r) => r.id === id);
    const name = record && nameOf(record);
    if (name) return name;
  }
  return id;
}

/** Where a conflict is, as an organiser reads it: "Sessions › Keynote X › slot". */
export function conflictPlace(t: TFunction, conflict: MergeConflict, copies: readonly Project[]): string {
  const parts: string[] = [t(`mergeReview:area.${conflict.area}`)];
  const idAt = conflict.id === '' ? -1 : conflict.path.indexOf(conflict.id);
  if (idAt >= 0) parts.push(recordName(copies, conflict.area, conflict.id));
  const rest = conflict.path.slice(idAt >= 0 ? idAt + 1 : 1);
  if (rest.length > 0) parts.push(fieldInWords(t, rest));
  return parts.join(' › ');
}

/** A field as organisers say it ("room and time"), its name in the file for the rarer ones. */
function fieldInWords(t: TFunction, path: readonly string[]): string {
  const last = path.at(-1)!;
  const said = t(keyOf(`mergeReview:fieldName.${last}`), { defaultValue: '' });
  return said === '' ? formatPath(path) : [...path.slice(0, -1), said].join(' › ');
}

/** The longest value written out in full; the rest is cut with "…". */
const VALUE_MAX = 160;

const isSlot = (value: object): value is { roomId: string; day: string; start: string } =>
  'roomId' in value && 'day' in value && 'start' in value && Object.keys(value).length === 3;

/** One side of a conflict in words: a slot as its room and time (none: the backlog), a record as its name, a list item by item. */
export function valueInWords(t: TFunction, value: unknown, copies: readonly Project[], field = ''): string {
  if (value === undefined) return t('mergeReview:value.absent');
  if (value === null && field === 'slot') return t('mergeReview:value.backlog');
  if (value === null || value === '') return t('mergeReview:value.empty');
  if (typeof value === 'boolean') return t(value ? 'mergeReview:value.yes' : 'mergeReview:value.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? t('mergeReview:value.empty') : cut(value.map((item) => valueInWords(t, item, copies)).join(', '));
  if (typeof value === 'object') {
    if (isSlot(value)) return t('mergeReview:value.slot', { room: recordName(copies, 'rooms', value.roomId), at: `${value.day} ${value.start}` });
    const name = nameOf(value as Named);
    if (name) return name;
  }
  return cut(JSON.stringify(value));
}

const cut = (text: string): string => (text.length > VALUE_MAX ? `${text.slice(0, VALUE_MAX - 1)}…` : text);

/**
 * The plan the merge gives with these choices, checked like a file being opened; problems when it would not be valid.
 * `revision` (a fresh id) makes the plan a child of both copies, so the next merge with theirs starts from it.
 */
export function mergedPlan(copy: MergeCopy, mine: Project, choices: Choices, revision: string): { readonly plan: Project } | { readonly problems: readonly Problem[] } {
  const plan = stampMergedRevision(resolveMerge({ base: copy.base, mine, theirs: copy.theirs }, copy.result, { ...choices }), mine, copy.theirs, revision);
  const checked = projectSchema.safeParse(plan);
  if (checked.success) return { plan: checked.data };
  const details = checked.error.issues.slice(0, 3).map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
  return { problems: [{ code: 'mergeReview:invalid', file: copy.fileName, params: { details } }] };
}

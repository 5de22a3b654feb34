/** What a merge is about, in the organiser's words: a record by its name, a field by what organisers call it, a value as they read it. */
import type { TFunction } from 'i18next';
import { keyOf } from '../i18n/typed-keys.ts';
import { fullName } from '../model/people.ts';
import type { Project } from '../model/schema.ts';
import { formatPath } from '../problems.ts';
import type { MergeArea, MergeConflict } from './types.ts';

type Named = { id?: unknown; name?: unknown; title?: unknown; label?: unknown; firstName?: unknown; lastName?: unknown; number?: unknown };

/** What an organiser calls a record: its title, name or label, a person's full name, a board's number. */
function nameOf(record: Named): string | null {
  for (const text of [record.title, record.name, record.label]) if (typeof text === 'string' && text.trim() !== '') return text;
  if (typeof record.firstName === 'string' && typeof record.lastName === 'string') return fullName({ firstName: record.firstName, lastName: record.lastName });
  if (typeof record.number === 'number') return String(record.number);
  return null;
}

/** The records of an area that have ids (the hall's boards and posters are found under it, the options under the event). */
function recordsOf(project: Project, area: MergeArea): readonly Named[] {
  if (area === 'posterHall') return [...project.posterHall.boards, ...project.posterHall.posters];
  if (area === 'event') return project.event.registrationOptions;
  const value = (project as Record<string, unknown>)[area];
  return Array.isArray(value) ? (value as Named[]) : [];
}

/** A record's name in the first copy that names it (theirs first for what they changed, mine for what they deleted), else its id. */
export function recordName(copies: readonly Project[], area: MergeArea, id: string): string {
  for (const project of copies) {
    const record = recordsOf(project, area).find((r) => r.id === id);
    const name = record && nameOf(record);
    if (name) return name;
  }
  return id;
}

/** A field as organisers say it ("room and time"), its name in the file for the rarer ones. */
export function fieldInWords(t: TFunction, path: readonly string[]): string {
  const last = path.at(-1)!;
  const said = t(keyOf(`mergeReview:fieldName.${last}`), { defaultValue: '' });
  return said === '' ? formatPath(path) : [...path.slice(0, -1), said].join(' › ');
}

/** Where a conflict is, as an organiser reads it: "Sessions › Keynote X › room and time". */
export function conflictPlace(t: TFunction, conflict: MergeConflict, copies: readonly Project[]): string {
  const parts: string[] = [t(`mergeReview:area.${conflict.area}`)];
  const idAt = conflict.id === '' ? -1 : conflict.path.indexOf(conflict.id);
  if (idAt >= 0) parts.push(recordName(copies, conflict.area, conflict.id));
  const rest = conflict.path.slice(idAt >= 0 ? idAt + 1 : 1);
  if (rest.length > 0) parts.push(fieldInWords(t, rest));
  return parts.join(' › ');
}

/** The longest value written out in full; the rest is cut with "…". */
const VALUE_MAX = 160;
const cut = (text: string): string => (text.length > VALUE_MAX ? `${text.slice(0, VALUE_MAX - 1)}…` : text);

type SlotValue = { roomId: string; day: string; start: string };
const isSlot = (value: object): value is SlotValue => 'roomId' in value && 'day' in value && 'start' in value && Object.keys(value).length === 3;

/** A session's place: its room and when, "Amphi A, Wednesday 15 October at 14:00". */
export const slotInWords = (t: TFunction, slot: SlotValue, copies: readonly Project[]): string =>
  t('mergeReview:value.slot', { room: recordName(copies, 'rooms', slot.roomId), at: `${slot.day} ${slot.start}` });

/** One side of a change or conflict in words: a slot as its room and time (none: the backlog), a record as its name, a list item by item. */
export function valueInWords(t: TFunction, value: unknown, copies: readonly Project[], field = ''): string {
  if (value === undefined) return t('mergeReview:value.absent');
  if (value === null && field === 'slot') return t('mergeReview:value.backlog');
  if (value === null || value === '') return t('mergeReview:value.empty');
  if (typeof value === 'boolean') return t(value ? 'mergeReview:value.yes' : 'mergeReview:value.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? t('mergeReview:value.empty') : cut(value.map((item) => valueInWords(t, item, copies)).join(', '));
  if (typeof value === 'object') {
    if (isSlot(value)) return slotInWords(t, value, copies);
    const name = nameOf(value as Named);
    if (name) return name;
  }
  return cut(JSON.stringify(value));
}

/** A change from their copy in words an organiser reads. */
import type { i18n } from 'i18next';
import { createI18n } from '../i18n/index.ts';
import type { Language } from '../i18n/languages.ts';
import { keyOf } from '../i18n/typed-keys.ts';
import { fullName } from '../model/people.ts';
import type { Project, Slot } from '../model/schema.ts';
import type { MergeChange } from './types.ts';

type Context = { readonly mine: Project; readonly theirs: Project };

/** One catalogue per language, made on first use: a review describes hundreds of changes. */
const catalogues = new Map<Language, i18n>();
function catalogue(lang: Language): i18n {
  let found = catalogues.get(lang);
  if (!found) catalogues.set(lang, (found = createI18n(lang)));
  return found;
}

/** Words an organiser reads: "Keynote X moved from Amphi B 10:30 to Grand amphi 14:00" (fr and en). */
export function describeChange(change: MergeChange, context: Context, lang: Language): string {
  const { t } = catalogue(lang);
  const { text: thing, depth } = thingOf(change.path, context, lang);
  const field = change.path.slice(depth);
  if (field.length === 0) return t(change.kind === 'removed' ? 'merge:change.removed' : 'merge:change.added', { thing });
  if (change.area === 'sessions' && field.length === 1 && field[0] === 'slot') {
    return t('merge:change.moved', { thing, from: slotText(change.before as Slot | null, context, lang), to: slotText(change.after as Slot | null, context, lang) });
  }
  return t('merge:change.changed', { thing, field: field.join(' › '), before: valueText(change.before, lang), after: valueText(change.after, lang) });
}

/** What the change is about, named from their copy (or mine, for what they deleted), and how much of the path names it. */
function thingOf(path: readonly string[], { mine, theirs }: Context, lang: Language): { text: string; depth: number } {
  const { t } = catalogue(lang);
  const [area, first = '', second = ''] = path;
  const find = <T>(list: (p: Project) => readonly T[], match: (item: T) => boolean): T | undefined => list(theirs).find(match) ?? list(mine).find(match);
  const named = (key: string, name: string, depth: number) => ({ text: t(keyOf(`merge:thing.${key}`), { name }), depth });
  switch (area) {
    case 'event':
      if (first === 'registrationOptions' && second) return named('option', find((p) => p.event.registrationOptions, (o) => o.id === second)?.label ?? second, 3);
      if (first === 'days' && second) return named('day', second, 3);
      return named('event', '', 1);
    case 'posterHall':
      if (first === 'boards' && second) return named('board', String(find((p) => p.posterHall.boards, (b) => b.id === second)?.number ?? second), 3);
      if (first === 'posters' && second) return named('poster', find((p) => p.posterHall.posters, (b) => b.id === second)?.title ?? second, 3);
      return named('posterHall', '', 1);
    case 'settings':
      if (first === 'acknowledgements' && second) return named('acknowledgement', second, 3);
      if (first === 'importMappings' && second) return named('mapping', second, 3);
      return named('settings', '', 1);
    case 'sessions': {
      const session = find((p) => p.sessions, (s) => s.id === first);
      const kind = session ? t(keyOf(`labels:kind.${session.kind}`)) : '';
      return { text: t('merge:thing.sessions', { kind, name: session?.title ?? first }), depth: 2 };
    }
    case 'people':
      return named('people', nameOf(find((p) => p.people, (x) => x.id === first), first), 2);
    case 'participants':
      return named('participants', nameOf(find((p) => p.participants, (x) => x.id === first), first), 2);
    default: {
      const list = (p: Project) => (p[area as 'venues' | 'rooms' | 'themes' | 'tours'] ?? []) as readonly { id: string; name: string }[];
      return named(area ?? '', find(list, (x) => x.id === first)?.name ?? first, 2);
    }
  }
}

const nameOf = (who: { firstName: string; lastName: string } | undefined, id: string) => (who ? fullName(who) : id);

function slotText(slot: Slot | null | undefined, { mine, theirs }: Context, lang: Language): string {
  const { t } = catalogue(lang);
  if (!slot) return t('merge:change.backlog');
  const room = theirs.rooms.find((r) => r.id === slot.roomId) ?? mine.rooms.find((r) => r.id === slot.roomId);
  return t('merge:change.slot', { room: room?.name ?? slot.roomId, day: slot.day, start: slot.start });
}

function valueText(value: unknown, lang: Language): string {
  const { t } = catalogue(lang);
  if (value === undefined || value === null) return t('merge:change.none');
  if (value === '' || (Array.isArray(value) && value.length === 0)) return t('merge:change.empty');
  if (Array.isArray(value)) return value.map((item) => valueText(item, lang)).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const name = record.title ?? record.name ?? record.label ?? record.lastName;
    return typeof name === 'string' ? name : JSON.stringify(value);
  }
  return String(value);
}

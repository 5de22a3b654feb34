/** A change from their copy in words an organiser reads. */
import type { TFunction } from 'i18next';
import { keyOf } from '../i18n/typed-keys.ts';
import type { Project, Slot } from '../model/schema.ts';
import { fieldInWords, recordName, slotInWords, valueInWords } from './in-words.ts';
import type { MergeChange } from './types.ts';

/** Words an organiser reads: "Keynote “X” moved from Amphi B, … at 10:30 to Grand amphi, … at 14:00"; `copies`: theirs, then mine. */
export function describeChange(t: TFunction, change: MergeChange, copies: readonly Project[]): string {
  const { text: thing, depth } = thingOf(t, change.path, copies);
  const field = change.path.slice(depth);
  if (field.length === 0) return t(change.kind === 'removed' ? 'merge:change.removed' : 'merge:change.added', { thing });
  if (change.area === 'sessions' && field.length === 1 && field[0] === 'slot') {
    const place = (slot: Slot | null | undefined) => (slot ? slotInWords(t, slot, copies) : t('merge:change.backlog'));
    return t('merge:change.moved', { thing, from: place(change.before as Slot | null), to: place(change.after as Slot | null) });
  }
  const last = field.at(-1)!;
  return t('merge:change.changed', {
    thing, field: fieldInWords(t, field), before: valueInWords(t, change.before, copies, last), after: valueInWords(t, change.after, copies, last),
  });
}

/** What the change is about, named as the copies name it, and how much of the path names it. */
function thingOf(t: TFunction, path: readonly string[], copies: readonly Project[]): { text: string; depth: number } {
  const [area = '', first = '', second = ''] = path;
  const named = (key: string, name: string, depth: number) => ({ text: t(keyOf(`merge:thing.${key}`), { name }), depth });
  switch (area) {
    case 'event':
      if (first === 'registrationOptions' && second) return named('option', recordName(copies, 'event', second), 3);
      if (first === 'days' && second) return named('day', second, 3);
      return named('event', '', 1);
    case 'posterHall':
      if ((first === 'boards' || first === 'posters') && second) return named(first.slice(0, -1), recordName(copies, 'posterHall', second), 3);
      return named('posterHall', '', 1);
    case 'settings':
      if (first === 'acknowledgements' && second) return named('acknowledgement', second, 3);
      if (first === 'importMappings' && second) return named('mapping', second, 3);
      return named('settings', '', 1);
    case 'sessions': {
      const session = copies.map((p) => p.sessions.find((s) => s.id === first)).find(Boolean);
      const kind = session ? t(keyOf(`labels:kind.${session.kind}`)) : '';
      return { text: t('merge:thing.sessions', { kind, name: recordName(copies, 'sessions', first) }), depth: 2 };
    }
    default:
      return named(area, recordName(copies, area as 'rooms', first), 2);
  }
}

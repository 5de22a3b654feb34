/** The sentences every card says, translated once per language: hundreds of cards come into view as the grid scrolls. */
import type { TFunction } from 'i18next';
import type { Session } from '../../../../shared/model/schema.ts';

export interface CardWords {
  /** "Talk". */
  readonly kind: (kind: Session['kind']) => string;
  /** "with Ada Lovelace, Alan Turing". */
  readonly speakers: (names: string) => string;
  /** "120 people expected". */
  readonly audience: (count: number) => string;
  /** What the lower edge of a card is called: "Change the duration of “Opening” (45 min)". */
  readonly resize: (title: string, minutes: number) => string;
}

/** Stand for the values in a translated sentence, replaced card by card. */
const FIRST = '\u0000';
const SECOND = '\u0001';

/** One cached translation per key: kinds and audiences repeat across a day's cards. */
function cached<K, V>(make: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (!values.has(key)) values.set(key, make(key));
    return values.get(key)!;
  };
}

export function cardWords(t: TFunction): CardWords {
  const speakers = t('timetable:cardSpeakers', { names: FIRST });
  const resize = t('timetable:resize', { title: FIRST, minutes: SECOND });
  return {
    kind: cached((kind) => t(`labels:kind.${kind}`)),
    speakers: (names) => speakers.replace(FIRST, () => names),
    audience: cached((count) => t('timetable:cardAudience', { count })),
    resize: (title, minutes) => resize.replace(FIRST, () => title).replace(SECOND, String(minutes)),
  };
}

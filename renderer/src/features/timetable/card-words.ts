/** The sentences every card says, translated once per language: hundreds of cards come into view as the grid scrolls. */
import type { TFunction } from 'i18next';
import type { Session } from '../../../../shared/model/schema.ts';
import type { Severity } from '../../../../shared/rules/types.ts';

export interface CardWords {
  /** "Talk". */
  readonly kind: (kind: Session['kind']) => string;
  /** "with Ada Lovelace, Alan Turing". */
  readonly speakers: (names: string) => string;
  /** "120 people expected". */
  readonly audience: (count: number) => string;
  /** What the lower edge of a card is called: "Change the duration of “Opening” (45 min)". */
  readonly resize: (title: string, minutes: number) => string;
  /** "2 warnings". */
  readonly findingsCount: (severity: Severity, count: number) => string;
  /** What a card's findings button is called: "1 error, 2 warnings on “Opening”: show them". */
  readonly findingsOpen: (summary: string, title: string) => string;
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
  const findingsOpen = t('timetable:findings.open', { summary: FIRST, title: SECOND });
  const findingsCount = cached((key: `${Severity} ${number}`) => {
    const [severity, count] = key.split(' ') as [Severity, string];
    return t(`common:count.${severity}`, { count: Number(count) });
  });
  return {
    kind: cached((kind) => t(`labels:kind.${kind}`)),
    speakers: (names) => speakers.replace(FIRST, () => names),
    audience: cached((count) => t('timetable:cardAudience', { count })),
    resize: (title, minutes) => resize.replace(FIRST, () => title).replace(SECOND, String(minutes)),
    findingsCount: (severity, count) => findingsCount(`${severity} ${count}`),
    findingsOpen: (summary, title) => findingsOpen.replace(FIRST, () => summary).replace(SECOND, () => title),
  };
}

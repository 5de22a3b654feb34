import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n/index.ts';
import { formatDay, formatDayTime, formatDays, formatPrintDate } from '../../../shared/i18n/dates.ts';
import { keyOf } from '../../../shared/i18n/typed-keys.ts';

describe('a day of the event, as people write it', () => {
  it.each([
    ['fr', 'long', 'mardi 14 octobre'],
    ['fr', 'short', '14 oct.'],
    ['fr', 'withYear', 'mardi 14 octobre 2025'],
    ['fr', 'tab', 'mar 14 oct'],
    ['en', 'long', 'Tuesday 14 October'],
    ['en', 'short', '14 Oct'],
    ['en', 'withYear', 'Tuesday 14 October 2025'],
    ['en', 'tab', 'Tue 14 Oct'],
  ] as const)('%s, %s: %s', (language, style, text) => {
    expect(formatDay('2025-10-14', language, style)).toBe(text);
  });

  it('gives a day and a time in one phrase', () => {
    expect(formatDayTime('2025-10-14', '19:15', 'fr')).toBe('mardi 14 octobre à 19:15');
    expect(formatDayTime('2025-10-14', '19:15', 'en')).toBe('Tuesday 14 October at 19:15');
  });

  it('joins several days as the language joins a list', () => {
    expect(formatDays(['2025-10-13', '2025-10-14', '2025-10-15'], 'fr')).toBe('13 oct., 14 oct. et 15 oct.');
    expect(formatDays(['2025-10-14', '2025-10-15'], 'en')).toBe('14 Oct and 15 Oct');
  });

  it('reads British English for any English, never the US order', () => {
    expect(formatDay('2025-10-14', 'en-US')).toBe('Tuesday 14 October');
  });

  it('keeps a value that is not a day as it is, so a damaged file still reads', () => {
    expect(formatDay('2025-02-30', 'fr')).toBe('2025-02-30');
    expect(formatDay('mardi', 'en')).toBe('mardi');
    expect(formatDayTime('2025-10-14', '25:00', 'en')).toBe('2025-10-14 25:00');
  });

  it('prints today as the event’s time zone sees it, and in UTC when the zone is unknown', () => {
    const lateEvening = new Date('2025-10-14T22:30:00Z');
    expect(formatPrintDate(lateEvening, 'Europe/Paris', 'fr')).toBe('15 octobre 2025');
    expect(formatPrintDate(lateEvening, 'Mars/Olympus', 'en')).toBe('14 October 2025');
  });
});

describe('messages keep the day as a parameter and format it in the reader’s language', () => {
  it('formats {{day, day}}, {{day, shortday}}, {{days, days}} and {{at, daytime}}', () => {
    for (const [language, expected] of [
      ['fr', ['mardi 14 octobre', '14 oct.', '14 oct. et 15 oct.', 'mardi 14 octobre à 19:15']],
      ['en', ['Tuesday 14 October', '14 Oct', '14 Oct and 15 Oct', 'Tuesday 14 October at 19:15']],
    ] as const) {
      const i18n = createI18n(language);
      i18n.addResource(language, 'common', 'probe', '{{day, day}}|{{day, shortday}}|{{days, days}}|{{at, daytime}}');
      expect(i18n.t(keyOf('common:probe'), { day: '2025-10-14', days: '2025-10-14, 2025-10-15', at: '2025-10-14 19:15' }).split('|')).toEqual(expected);
    }
  });

  it('writes a conflict’s day in words, in French and in English', () => {
    const params = { first: 'A', firstStart: '10:00', firstEnd: '11:00', second: 'B', secondStart: '10:30', secondEnd: '11:30', room: 'Amphi A', day: '2025-10-14' };
    expect(createI18n('fr').t('conflicts:rules.room-double-booked.message', params)).toContain('dans la salle Amphi A le mardi 14 octobre.');
    expect(createI18n('en').t('conflicts:rules.room-double-booked.message', params)).toContain('in Amphi A on Tuesday 14 October.');
  });
});

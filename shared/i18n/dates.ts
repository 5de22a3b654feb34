/** Days and times as people write them: "mardi 14 octobre", "14 oct."; "Tuesday 14 October", never US order. */

/** How a day of the event reads: in a sentence, in a tight column, on a printed page, on a sheet tab. */
export type DayStyle = 'long' | 'short' | 'withYear' | 'tab';

// British English, as organisers in Europe write; "en" alone would give US order.
const LOCALES: Readonly<Record<string, string>> = { fr: 'fr-FR', en: 'en-GB' };
const localeOf = (language: string): string => LOCALES[language.slice(0, 2).toLowerCase()] ?? 'en-GB';

const DAY_OPTIONS: Readonly<Record<DayStyle, Intl.DateTimeFormatOptions>> = {
  long: { weekday: 'long', day: 'numeric', month: 'long' },
  short: { day: 'numeric', month: 'short' },
  withYear: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  tab: { weekday: 'short', day: 'numeric', month: 'short' },
};

/** Building a formatter costs far more than using one: one per locale, style and time zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = localeOf(language);
  const cacheKey = `${locale} ${key}`;
  let format = formatters.get(cacheKey);
  if (!format) formatters.set(cacheKey, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** A YYYY-MM-DD day is a calendar day, not an instant: read at noon UTC and shown in UTC, no time zone shifts it. */
const noonUtc = (day: string): Date => new Date(`${day}T12:00:00Z`);
const isDay = (day: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(noonUtc(day).getTime()) && noonUtc(day).toISOString().startsWith(day);

/** A day of the event; text that is not a YYYY-MM-DD day is returned as it is, so a broken file still reads. */
export function formatDay(day: string, language: string, style: DayStyle = 'long'): string {
  if (!isDay(day)) return day;
  const parts = formatter(language, style, { ...DAY_OPTIONS[style], timeZone: 'UTC' }).formatToParts(noonUtc(day));
  // en-GB puts a comma after the weekday only when a year follows: one way of writing a day, with or without its year.
  const text = parts.map((part, i) => (part.type === 'literal' && parts[i - 1]?.type === 'weekday' ? ' ' : part.value)).join('');
  // A sheet name cannot hold every character; "mar. 14 oct." reads as well without its dots.
  return style === 'tab' ? text.replace(/[.,]/g, '') : text;
}

/** A day and an HH:MM time: "mardi 14 octobre à 19:15", "Tuesday 14 October at 19:15". */
export function formatDayTime(day: string, time: string, language: string): string {
  const instant = new Date(`${day}T${time}:00Z`);
  if (!isDay(day) || !/^\d{2}:\d{2}$/.test(time) || Number.isNaN(instant.getTime())) return `${day} ${time}`.trim();
  const options: Intl.DateTimeFormatOptions = { ...DAY_OPTIONS.long, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' };
  return formatter(language, 'dayTime', options).format(instant);
}

/** Several days, short and joined as the language joins a list: "14 oct. et 15 oct.", "14 Oct and 15 Oct". */
const lists = new Map<string, Intl.ListFormat>();
export function formatDays(days: readonly string[], language: string): string {
  const locale = localeOf(language);
  let list = lists.get(locale);
  if (!list) lists.set(locale, (list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return list.format(days.map((day) => formatDay(day, language, 'short')));
}

/** Today's date on a printed page, as the event's time zone sees it ("14 octobre 2025"). */
export function formatPrintDate(now: Date, timeZone: string, language: string): string {
  try {
    return formatter(language, `printed ${timeZone}`, { dateStyle: 'long', timeZone }).format(now);
  } catch {
    // An unknown time zone must not stop an export: print the date in UTC instead.
    return formatter(language, 'printed UTC', { dateStyle: 'long', timeZone: 'UTC' }).format(now);
  }
}

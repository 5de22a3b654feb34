/** One catalogue for the app, the CLI and the main process: i18next resources per area (namespace). */
import i18next, { type i18n, type TFunction } from 'i18next';
import type { Problem } from '../problems.ts';
import { common } from './common.ts';
import { model } from './model.ts';
import { timetable } from './timetable.ts';
import { conflicts } from './conflicts.ts';
import { participants } from './participants.ts';
import { exports as exportsTexts } from './exports.ts';
import { tours } from './tours.ts';
import { posters } from './posters.ts';
import { labels } from './labels.ts';
import { formatDay, formatDayTime, formatDays } from './dates.ts';
import { files } from './files.ts';
import { merge } from './merge.ts';
import { mergeReview } from './merge-review.ts';
import { saving } from './saving.ts';
import { programmeImport } from './programme-import.ts';
import type { Language } from './languages.ts';

export const NAMESPACES = ['common', 'labels', 'model', 'timetable', 'conflicts', 'participants', 'exports', 'tours', 'posters', 'files', 'merge', 'mergeReview', 'saving', 'programmeImport'] as const;

export const areas = { common, labels, model, timetable, conflicts, participants, exports: exportsTexts, tours, posters, files, merge, mergeReview, saving, programmeImport };

export const resources = {
  fr: Object.fromEntries(Object.entries(areas).map(([ns, texts]) => [ns, texts.fr])),
  en: Object.fromEntries(Object.entries(areas).map(([ns, texts]) => [ns, texts.en])),
};

export const i18nOptions = {
  resources,
  ns: [...NAMESPACES],
  defaultNS: 'common',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;

/**
 * Messages keep YYYY-MM-DD days as parameters and say how to show them, so a language switch re-renders them:
 * {{day, day}} "mardi 14 octobre", {{day, shortday}} "14 oct.", {{days, days}} a comma-separated list,
 * {{at, daytime}} "2025-10-14 19:15" as "mardi 14 octobre à 19:15"; and {{titles, titles}}: titles given one per line,
 * each quoted as the language quotes (common:quoted), so the code never writes « » itself.
 */
export function addFormats(instance: i18n): void {
  const formats = instance.services.formatter;
  if (!formats) return;
  formats.add('day', (value: string, lng?: string) => formatDay(String(value), lng ?? 'en'));
  formats.add('shortday', (value: string, lng?: string) => formatDay(String(value), lng ?? 'en', 'short'));
  formats.add('days', (value: string, lng?: string) => formatDays(String(value).split(/,\s*/).filter(Boolean), lng ?? 'en'));
  formats.add('daytime', (value: string, lng?: string) => {
    const [day = '', time = ''] = String(value).split(' ');
    return formatDayTime(day, time, lng ?? 'en');
  });
  formats.add('titles', (value: string, lng?: string) =>
    String(value).split('\n').map((text) => instance.t('common:quoted', { text, lng: lng ?? 'en' })).join(', '));
}

/** A ready i18next instance (synchronous init: resources are bundled). */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({ ...i18nOptions, lng: language, initAsync: false });
  addFormats(instance);
  return instance;
}

/** "fr" when the system language is French, "en" otherwise. */
export function pickLanguage(locale: string | undefined | null): Language {
  return locale && locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Where a problem is (file, row, column, path), as the start of its sentence. */
function whereOf(t: TFunction, problem: Problem, path = problem.path): string[] {
  const where: string[] = [];
  if (problem.file) where.push(problem.file);
  if (problem.row !== undefined) where.push(t('common:where.row', { row: problem.row }));
  if (problem.line !== undefined) where.push(t('common:where.line', { line: problem.line }));
  if (problem.column) where.push(t('common:where.column', { column: problem.column }));
  if (path) where.push(path);
  return where;
}

/** What happened and what to do, without where: forms and reports show the place beside it. */
export const problemMessage = (t: TFunction, problem: Problem): string =>
  t(problem.code, { ...problem.params, value: problem.value ?? problem.params?.['value'] ?? '', path: problem.path ?? '' });

/** A problem as one sentence: where (file, row, column, path), then what happened and what to do. */
export function describeProblem(t: TFunction, problem: Problem): string {
  const where = whereOf(t, problem);
  const message = problemMessage(t, problem);
  return where.length ? t('common:where.said', { where: where.join(', '), message }) : message;
}

/** How many paths a repeated problem names before "…". */
export const PATHS_SHOWN = 3;

/**
 * Problems as sentences, a repeated one said once: the same message at paths that differ only by their indices
 * (one unknown field in 992 people) is one line with the count and the first paths, in the order first met.
 */
export function describeProblems(t: TFunction, problems: readonly Problem[]): string[] {
  const groups = new Map<string, { problem: Problem; shape: string | undefined; message: string; paths: string[] }>();
  for (const problem of problems) {
    const message = problemMessage(t, problem);
    const shape = problem.path?.replace(/\[\d+\]/g, '[…]');
    // Only problems at a field path repeat in this sense; others are each said once.
    const key = shape === undefined ? `single ${groups.size}` : JSON.stringify([problem.file, problem.row, problem.column, shape, message]);
    const group = groups.get(key);
    if (group) group.paths.push(problem.path ?? '');
    else groups.set(key, { problem, shape, message, paths: [problem.path ?? ''] });
  }
  return [...groups.values()].map(({ problem, shape, message, paths }) => {
    if (paths.length === 1) return describeProblem(t, problem);
    const shown = paths.slice(0, PATHS_SHOWN).join(', ') + (paths.length > PATHS_SHOWN ? ', …' : '');
    const where = whereOf(t, problem, shape);
    const repeated = t('common:where.repeated', { count: paths.length, paths: shown });
    const said = `${message} ${repeated}`;
    return where.length ? t('common:where.said', { where: where.join(', '), message: said }) : said;
  });
}

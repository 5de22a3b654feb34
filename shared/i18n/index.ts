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
import { files } from './files.ts';

export type Language = 'fr' | 'en';
export const NAMESPACES = ['common', 'model', 'timetable', 'conflicts', 'participants', 'exports', 'tours', 'posters', 'files'] as const;

const areas = { common, model, timetable, conflicts, participants, exports: exportsTexts, tours, posters, files };

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

/** A ready i18next instance (synchronous init: resources are bundled). */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({ ...i18nOptions, lng: language, initAsync: false });
  return instance;
}

/** "fr" when the system language is French, "en" otherwise. */
export function pickLanguage(locale: string | undefined | null): Language {
  return locale && locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** A problem as one sentence: where (file, row, column, path), then what happened and what to do. */
export function describeProblem(t: TFunction, problem: Problem): string {
  const where: string[] = [];
  if (problem.file) where.push(problem.file);
  if (problem.row !== undefined) where.push(t('common:where.row', { row: problem.row }));
  if (problem.column) where.push(t('common:where.column', { column: problem.column }));
  if (problem.path) where.push(problem.path);
  const message = t(problem.code, { ...problem.params, value: problem.value ?? '', path: problem.path ?? '' });
  return where.length ? `${where.join(', ')}: ${message}` : message;
}

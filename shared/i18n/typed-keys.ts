/** i18next's key types from the French catalogue, so `t('timetable:nope')` fails the typecheck. */
import type { CustomTypeOptions, ParseKeys } from 'i18next';
import type { areas, NAMESPACES } from './index.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    // Every namespace, so "timetable:…" keys are accepted wherever t() is used; at run time the default stays common.
    defaultNS: typeof NAMESPACES;
    resources: { [Area in keyof typeof areas]: (typeof areas)[Area]['fr'] };
  }
}

/** Any text of the catalogue as `t()` takes it: "timetable:backlog.count" (a plural without its _one/_other). */
export type TextKey = ParseKeys<CustomTypeOptions['defaultNS']>;

/** A key put together from data (a rule's id, a field's name, an edit's label): the one place the typecheck trusts it. */
export const keyOf = (key: string): TextKey => key as TextKey;

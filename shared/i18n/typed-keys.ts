/** i18next's key types from the French catalogue, so `t('timetable:nope')` fails the typecheck. */
import type { CustomTypeOptions, ParseKeys } from 'i18next';
import type { common } from './common.ts';
import type { conflicts } from './conflicts.ts';
import type { exports as exportsTexts } from './exports.ts';
import type { files } from './files.ts';
import type { labels } from './labels.ts';
import type { model } from './model.ts';
import type { participants } from './participants.ts';
import type { posters } from './posters.ts';
import type { timetable } from './timetable.ts';
import type { tours } from './tours.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: ['common', 'labels', 'model', 'timetable', 'conflicts', 'participants', 'exports', 'tours', 'posters', 'files'];
    resources: {
      common: typeof common.fr;
      labels: typeof labels.fr;
      model: typeof model.fr;
      timetable: typeof timetable.fr;
      conflicts: typeof conflicts.fr;
      participants: typeof participants.fr;
      exports: typeof exportsTexts.fr;
      tours: typeof tours.fr;
      posters: typeof posters.fr;
      files: typeof files.fr;
    };
  }
}

/** Any text of the catalogue as `t()` takes it: "timetable:backlog.count" (a plural without its _one/_other). */
export type TextKey = ParseKeys<CustomTypeOptions['defaultNS']>;

/** A key put together from data (a rule's id, a field's name, an edit's label): the one place the typecheck trusts it. */
export const keyOf = (key: string): TextKey => key as TextKey;

import type { TextKey } from './i18n/typed-keys.ts';

/** A problem a person must see: what, where (file, row, column, field path) and, through its code, what to do. */
export interface Problem {
  /** Key in the i18n catalogue (namespace:key), e.g. "model:field.missing": the typecheck knows it exists. */
  readonly code: TextKey;
  /** Field path in the project document, e.g. "sessions[12].durationMinutes". */
  readonly path?: string;
  readonly file?: string;
  /** Row number as the spreadsheet shows it (1-based). */
  readonly row?: number;
  readonly column?: string;
  /** Line number in a text file (a schedule.xml), 1-based. */
  readonly line?: number;
  readonly value?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Turns a zod-style path into "sessions[12].durationMinutes". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

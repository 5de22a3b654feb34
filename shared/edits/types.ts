/** An edit is plain data ({ type: 'area/verb', payload }, e.g. 'sessions/place'); its handler changes an immer draft of the project. */
import type { Draft } from 'immer';
import type { Project } from '../model/schema.ts';
import type { TextKey } from '../i18n/typed-keys.ts';

export type EditHandler<P> = (draft: Draft<Project>, payload: P) => void;
// eslint-style `any` is confined here: each map's own payload types are checked where it is declared.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EditHandlerMap = Record<string, EditHandler<any>>;

/** The union of edits a handler map accepts. */
export type EditOf<M extends EditHandlerMap> = {
  [K in keyof M & string]: { readonly type: K; readonly payload: Parameters<M[K]>[1] };
}[keyof M & string];

/** Thrown by a handler when an edit cannot apply; the project is left as it was. */
export class EditRejected extends Error {
  constructor(
    readonly code: TextKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(code);
  }
}

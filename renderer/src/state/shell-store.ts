/** What the shell shows besides the project: the current view, the language, and one message at a time. */
import { create } from 'zustand';
import type { AppInfo } from '../../../shared/ipc.ts';
import type { Problem } from '../../../shared/problems.ts';
import type { TextKey } from '../../../shared/i18n/typed-keys.ts';

export const VIEWS = ['timetable', 'participants', 'tours', 'posters', 'exports', 'problems'] as const;
export type ViewId = (typeof VIEWS)[number];

/** A text kept as its catalogue key and parameters, so that a language switch says it again in the new language. */
export interface MessageText {
  readonly code: TextKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A message about the last action: a confirmation (one or more texts, said in a row), or the problems that stopped it. */
export type ShellMessage =
  | { readonly tone: 'info'; readonly texts: readonly MessageText[] }
  | { readonly tone: 'error'; readonly problems: readonly Problem[] };

/** loading: before the first project; failed: no project could be opened at start. */
export type AppState = 'loading' | 'ready' | 'failed';

interface ShellState {
  readonly appState: AppState;
  readonly view: ViewId;
  readonly language: AppInfo['language'];
  readonly message: ShellMessage | null;
  setAppState(state: AppState): void;
  setView(view: ViewId): void;
  setLanguage(language: AppInfo['language']): void;
  show(message: ShellMessage): void;
  clearMessage(): void;
}

export const useShellStore = create<ShellState>((set) => ({
  appState: 'loading',
  view: 'timetable',
  language: 'system',
  message: null,
  setAppState: (appState) => set({ appState }),
  setView: (view) => set({ view }),
  setLanguage: (language) => set({ language }),
  show: (message) => set({ message }),
  clearMessage: () => set({ message: null }),
}));

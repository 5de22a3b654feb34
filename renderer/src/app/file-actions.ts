/** The project commands, one function each, shared by toolbar buttons, keyboard shortcuts and the native menu. */
import type { AppInfo, MenuCommand, OpenResult } from '../../../shared/ipc.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { useProjectStore } from '../state/store.ts';
import { applyLanguage } from '../i18n.ts';
import { useShellStore } from '../state/shell-store.ts';
import { reviewMerge } from '../features/merge/merge-actions.ts';

const shell = () => useShellStore.getState();
const project = () => useProjectStore.getState();

/** A call that failed unexpectedly (a bug, a refused call): said plainly, the open project untouched. */
function reportUnexpected(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  shell().show({ tone: 'error', problems: [{ code: 'common:errors.unexpected', params: { message } }] });
}

async function guarded(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    reportUnexpected(error);
  }
}

/** Shows an opened project; a failure keeps the current one and says why. Returns whether one was opened. */
function showOpened(result: OpenResult, notices: AppInfo['notices'] = []): boolean {
  if (result.status === 'cancelled') return false;
  if (result.status === 'failed') {
    shell().show({ tone: 'error', problems: result.problems });
    return false;
  }
  // Validated where it was read; the text comes from our own main process.
  project().load(JSON.parse(result.projectJson) as Project, result.fileName, [...notices, ...result.repairs]);
  shell().setAppState('ready');
  shell().show({
    tone: 'info',
    texts: [result.fileName ? { code: 'common:shell.opened', params: { file: result.fileName } } : { code: 'common:shell.sampleOpened' }],
  });
  return true;
}

async function applyInfo(info: AppInfo): Promise<void> {
  shell().setLanguage(info.language);
  await applyLanguage(info.language === 'system' ? info.systemLanguage : info.language);
}

/** At start: the user's language, then the last project (or the sample). */
export async function startUp(): Promise<void> {
  try {
    const info = await window.regie.appInfo();
    await applyInfo(info);
    const opened = await window.regie.openStartup();
    if (!showOpened(opened, info.notices)) shell().setAppState('failed');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    shell().show({ tone: 'error', problems: [{ code: 'common:errors.startup', params: { message } }] });
    shell().setAppState('failed');
  }
}

export const openProject = () => guarded(async () => void showOpened(await window.regie.openProject()));
export const openSample = () => guarded(async () => void showOpened(await window.regie.openSample()));

async function save(as: boolean): Promise<void> {
  const current = project().project;
  if (!current) return;
  const result = as ? await window.regie.saveProjectAs(current) : await window.regie.saveProject(current);
  if (result.status === 'saved') {
    project().markSaved(result.fileName);
    shell().show({ tone: 'info', texts: [{ code: 'common:shell.saved', params: { file: result.fileName } }] });
  } else if (result.status === 'failed') {
    shell().show({ tone: 'error', problems: result.problems });
  }
}

/** "Merge a copy…": the organiser chooses the file, then reviews what it brings. */
export const mergeCopy = () => guarded(() => reviewMerge('chosen'));

export const saveProject = () => guarded(() => save(false));
export const saveProjectAs = () => guarded(() => save(true));
export const undo = () => project().undo();
export const redo = () => project().redo();

export const setLanguage = (language: AppInfo['language']) =>
  guarded(async () => applyInfo(await window.regie.setLanguage(language)));

/** Input types whose own Ctrl+Z undoes typing; a checkbox or a select has none, so the app's undo applies. */
const TYPED_INPUTS = new Set(['text', 'search', 'email', 'number', 'tel', 'url', 'password', 'date', 'time']);

/** True when the user is typing: Undo/Redo then belong to the text field, not to the project. */
export function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TYPED_INPUTS.has(target.type);
}

/** What each native-menu command does: exactly what the matching button does. */
export const menuCommands: Readonly<Record<MenuCommand, () => unknown>> = {
  open: openProject,
  openSample,
  save: saveProject,
  saveAs: saveProjectAs,
  mergeCopy,
  undo: () => (isEditing(document.activeElement) ? document.execCommand('undo') : undo()),
  redo: () => (isEditing(document.activeElement) ? document.execCommand('redo') : redo()),
};

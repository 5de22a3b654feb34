/** The project commands, one function each, shared by toolbar buttons, keyboard shortcuts and the native menu. */
import type { AppInfo, MenuCommand, OpenResult, SaveProjectResult } from '../../../shared/ipc.ts';
import { isDirty } from '../../../shared/edits/history.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { useProjectStore } from '../state/store.ts';
import { applyLanguage, i18n } from '../i18n.ts';
import { followOpening } from '../state/recovery-copy.ts';
import { useShellStore } from '../state/shell-store.ts';
import { ask } from './questions.ts';
import { reviewMerge } from '../features/merge/merge-actions.ts';
import { useMergeReview } from '../features/merge/merge-review-store.ts';
import { writePlaceBeforeOpening } from '../features/timetable/view-prefs.ts';

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
  project().load(JSON.parse(result.projectJson) as Project, result.fileName, [...notices, ...result.repairs], result.unsaved);
  followOpening(result.opening);
  shell().setAppState('ready');
  const file = result.fileName ?? i18n.t('common:shell.untitled');
  shell().show({
    tone: 'info',
    texts: [
      result.unsaved
        ? { code: 'saving:recovery.restored', params: { file } }
        : result.fileName
          ? { code: 'common:shell.opened', params: { file: result.fileName } }
          : { code: 'common:shell.sampleOpened' },
    ],
  });
  return true;
}

/** "2026-12-01 14:05" in the user's time zone, as the {{at, daytime}} format reads it. */
function localDayTime(iso: string): string {
  const at = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** After a crash: offers the recovery copy, saying when it was made. True when it was reopened. */
async function offerRecoveryCopy(notices: AppInfo['notices']): Promise<boolean> {
  const copy = await window.regie.recoveryCopy();
  if (copy.status !== 'found') return false;
  const answer = await ask({
    title: 'saving:recovery.title',
    message: { code: 'saving:recovery.found', params: { file: copy.fileName ?? i18n.t('common:shell.untitled'), at: localDayTime(copy.savedAt) } },
    choices: [
      { answer: 'restore', label: 'saving:recovery.restore', primary: true },
      { answer: 'discard', label: 'saving:recovery.discard' },
    ],
    dismiss: 'restore',
  });
  if (answer === 'discard') {
    await window.regie.discardRecovery();
    return false;
  }
  return showOpened(await window.regie.restoreRecovery(), notices);
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
    if (await offerRecoveryCopy(info.notices)) return;
    const opened = await window.regie.openStartup();
    if (!showOpened(opened, info.notices)) shell().setAppState('failed');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    shell().show({ tone: 'error', problems: [{ code: 'common:errors.startup', params: { message } }] });
    shell().setAppState('failed');
  }
}

/** What a save came to; someone else's save in between is asked about, never overwritten silently. True once saved. */
async function afterSave(result: SaveProjectResult, current: Project): Promise<boolean> {
  if (result.status === 'saved') {
    project().markSaved(result.fileName, result.history);
    shell().show({ tone: 'info', texts: [{ code: 'common:shell.saved', params: { file: result.fileName } }] });
    return true;
  }
  if (result.status === 'failed') shell().show({ tone: 'error', problems: result.problems });
  if (result.status !== 'changedOnDisk') return false;
  const answer = await ask({
    title: 'saving:changed.title',
    message: { code: 'saving:changed.message', params: { file: result.fileName } },
    choices: [
      { answer: 'merge', label: 'saving:changed.merge', primary: true },
      { answer: 'saveAs', label: 'saving:changed.saveAs' },
      { answer: 'overwrite', label: 'saving:changed.overwrite' },
      { answer: 'cancel', label: 'saving:changed.cancel' },
    ],
    dismiss: 'cancel',
  });
  if (answer === 'merge') return mergeTheirChanges();
  if (answer === 'saveAs') return afterSave(await window.regie.saveProjectAs(current), current);
  if (answer === 'overwrite') return afterSave(await window.regie.overwriteProject(current), current);
  return false;
}

/** "Merge their changes": the review of their saved file; once it is applied, the save goes on over their version. */
async function mergeTheirChanges(): Promise<boolean> {
  const before = project().history.past.at(-1);
  await reviewMerge('savedFile');
  if (useMergeReview.getState().review) {
    await new Promise<void>((closed) => {
      const stop = useMergeReview.subscribe((state) => {
        if (state.review) return;
        stop();
        closed();
      });
    });
  }
  const last = project().history.past.at(-1);
  if (!last || last === before || last.label !== 'mergeReview:history.merge') return false;
  await window.regie.savedFileMerged();
  return save(false);
}

async function save(as: boolean): Promise<boolean> {
  const current = project().project;
  if (!current) return false;
  return afterSave(as ? await window.regie.saveProjectAs(current) : await window.regie.saveProject(current), current);
}

/** Before unsaved work would be lost: "Save / Don't save / Cancel". True when the action may go on. */
async function settleUnsavedWork(reason: 'closing' | 'opening'): Promise<boolean> {
  const { history, fileName } = project();
  if (!isDirty(history)) return true;
  const answer = await ask({
    title: 'saving:unsaved.title',
    message: { code: `saving:unsaved.${reason}`, params: { file: fileName ?? i18n.t('common:shell.untitled') } },
    choices: [
      { answer: 'save', label: 'saving:unsaved.save', primary: true },
      { answer: 'dontSave', label: 'saving:unsaved.dontSave' },
      { answer: 'cancel', label: 'saving:unsaved.cancel' },
    ],
    dismiss: 'cancel',
  });
  if (answer === 'save') return save(false);
  return answer === 'dontSave';
}

export const openProject = () =>
  guarded(async () => {
    if (await settleUnsavedWork('opening')) {
      await writePlaceBeforeOpening();
      showOpened(await window.regie.openProject());
    }
  });
export const openSample = () =>
  guarded(async () => {
    if (await settleUnsavedWork('opening')) {
      await writePlaceBeforeOpening();
      showOpened(await window.regie.openSample());
    }
  });

/** The window is being closed (or the app quit): unsaved work is settled first, then the shell goes on. */
export const closeWindow = () =>
  guarded(async () => {
    if (!(await settleUnsavedWork('closing'))) return;
    if (isDirty(project().history)) await window.regie.discardRecovery();
    await window.regie.closeWindow();
  });

/** "Merge a copy…": the organiser chooses the file, then reviews what it brings. */
export const mergeCopy = () => guarded(() => reviewMerge('chosen'));

export const saveProject = () => guarded(async () => void (await save(false)));
export const saveProjectAs = () => guarded(async () => void (await save(true)));
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
  close: closeWindow,
};

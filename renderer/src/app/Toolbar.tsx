/** The project's actions: open, sample, save, save as, undo/redo (saying what they undo), language. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc.ts';
import { useProjectStore } from '../state/store.ts';
import { mergeCopy, openProject, openSample, redo, saveProject, saveProjectAs, setLanguage, undo } from './file-actions.ts';
import { useShellStore } from '../state/shell-store.ts';
import { keyOf } from '../../../shared/i18n/typed-keys.ts';

const LANGUAGE_CHOICES: readonly AppInfo['language'][] = ['fr', 'en', 'system'];

/** `problemCounts`: where the Problems feature shows its totals. */
export function Toolbar({ problemCounts }: { problemCounts?: ReactNode }) {
  const { t } = useTranslation();
  const hasProject = useProjectStore((s) => s.project !== null);
  const lastDone = useProjectStore((s) => s.history.past.at(-1)?.label);
  const nextRedo = useProjectStore((s) => s.history.future[0]?.label);
  const language = useShellStore((s) => s.language);

  return (
    // The banner landmark holds the toolbar, so screen-reader users find it among the page's regions.
    <header className="toolbar-band">
      <div className="toolbar" role="toolbar" aria-label={t('common:shell.toolbar')}>
        <span className="toolbar__brand">{t('common:appName')}</span>
        <div className="toolbar__group">
          <button type="button" onClick={() => void openProject()} title={t('common:shell.openHint')}>
            {t('common:shell.open')}
          </button>
          <button type="button" onClick={() => void openSample()} title={t('common:shell.openSampleHint')}>
            {t('common:shell.openSample')}
          </button>
          <button type="button" onClick={() => void saveProject()} disabled={!hasProject} title={t('common:shell.saveHint')}>
            {t('common:shell.save')}
          </button>
          <button type="button" onClick={() => void saveProjectAs()} disabled={!hasProject} title={t('common:shell.saveAsHint')}>
            {t('common:shell.saveAs')}
          </button>
          <button type="button" onClick={() => void mergeCopy()} disabled={!hasProject} title={t('mergeReview:commandHint')}>
            {t('mergeReview:command')}
          </button>
        </div>
        <div className="toolbar__group">
          <button
            type="button"
            onClick={undo}
            disabled={!lastDone}
            title={lastDone ? t('common:shell.undoHint', { what: t(keyOf(lastDone)) }) : t('common:shell.nothingToUndo')}
          >
            {t('common:shell.undo')}
          </button>
          <button
            type="button"
            onClick={redo}
            disabled={!nextRedo}
            title={nextRedo ? t('common:shell.redoHint', { what: t(keyOf(nextRedo)) }) : t('common:shell.nothingToRedo')}
          >
            {t('common:shell.redo')}
          </button>
        </div>
        <div className="toolbar__status">{problemCounts}</div>
        <label className="toolbar__language">
          <span>{t('common:shell.languageLabel')}</span>
          <select value={language} onChange={(event) => void setLanguage(event.target.value as AppInfo['language'])}>
            {LANGUAGE_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`common:language.${choice}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}

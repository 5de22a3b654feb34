/** Before anything is written: the errors still open in the plan, and the choice to export anyway or fix them first. */
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../../shared/rules/index.ts';
import { useShellStore } from '../../app/shell-store.ts';

/** More than anyone reads before deciding; the Problems view has them all. */
const SHOWN = 10;

export function OpenErrors({ errors, onExportAnyway }: { errors: readonly Conflict[]; onExportAnyway: () => void }) {
  const { t } = useTranslation();
  const setView = useShellStore((s) => s.setView);
  return (
    <div role="alert" className="exports-view__errors">
      <p>{t('exports:view.openErrors', { count: errors.length })}</p>
      <ul>
        {errors.slice(0, SHOWN).map((conflict) => <li key={conflict.key}>{t(conflict.code, conflict.params)}</li>)}
      </ul>
      {errors.length > SHOWN && <p>{t('exports:view.moreErrors', { count: errors.length - SHOWN })}</p>}
      <div className="exports-view__actions">
        <button type="button" className="primary" onClick={() => setView('problems')}>{t('exports:view.goToProblems')}</button>
        <button type="button" onClick={onExportAnyway}>{t('exports:view.exportAnyway')}</button>
      </div>
    </div>
  );
}

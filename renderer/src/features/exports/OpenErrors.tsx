/** Before anything is written: the errors still open in the plan, and the choice to export anyway or fix them first. */
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../../shared/rules/index.ts';
import { useShellStore } from '../../state/shell-store.ts';

/** More than anyone reads before deciding; the Problems view has them all. */
const SHOWN = 10;

interface Props {
  readonly errors: readonly Conflict[];
  readonly onExportAnyway: () => void;
  /** What the export would carry the errors into: the workbooks, or the programme attendees read. */
  readonly intro?: 'exports:view.openErrors' | 'exports:programme.openErrors';
}

export function OpenErrors({ errors, onExportAnyway, intro = 'exports:view.openErrors' }: Props) {
  const { t } = useTranslation();
  const setView = useShellStore((s) => s.setView);
  return (
    <div role="alert" className="exports-view__errors">
      <p>{t(intro, { count: errors.length })}</p>
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

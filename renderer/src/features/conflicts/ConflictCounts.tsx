/** The toolbar's badge: errors and warnings still to deal with ("checking…" until the first check is done); a click opens the Problems view. */
import { useTranslation } from 'react-i18next';
import { useShellStore } from '../../state/shell-store.ts';
import { SeverityIcon } from './SeverityIcon.tsx';
import { useConflictCounts } from '../../state/conflicts.ts';
import './conflicts.css';

export function ConflictCounts() {
  const { t } = useTranslation();
  const counts = useConflictCounts();
  const setView = useShellStore((s) => s.setView);
  if (!counts) {
    return (
      <button type="button" className="problem-counts" data-checking="true" aria-busy="true" onClick={() => setView('problems')}>
        {t('conflicts:panel.checking')}
      </button>
    );
  }
  return (
    <button
      type="button"
      className="problem-counts"
      data-errors={counts.error}
      data-warnings={counts.warning}
      aria-label={t('conflicts:panel.countsLabel', { errors: counts.error, warnings: counts.warning })}
      onClick={() => setView('problems')}
    >
      <SeverityIcon severity="error" /> <span>{counts.error}</span>
      <SeverityIcon severity="warning" /> <span>{counts.warning}</span>
    </button>
  );
}

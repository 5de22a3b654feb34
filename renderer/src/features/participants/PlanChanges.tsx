/** What an import would change in the plan's conflicts, drawn a step at a time so that a long list never holds the window. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../../shared/rules/index.ts';
import { useGrowingCount } from '../../ui/use-growing-count.ts';

/** Lines drawn per turn: a few milliseconds of the window's time. */
const CHANGES_PER_STEP = 50;

export const PlanChanges = memo(function PlanChanges({ changes }: { readonly changes: readonly Conflict[] }) {
  const { t } = useTranslation();
  const shown = useGrowingCount(changes, CHANGES_PER_STEP);
  if (changes.length === 0) return <p>{t('participants:dialog.noPlanChange')}</p>;
  return (
    <ul className="pt-report__list">
      {changes.slice(0, shown).map((conflict) => (
        <li key={conflict.key} className={`pt-change pt-change--${conflict.severity}`}>
          <span className="pt-change__severity">{t(`conflicts:severity.${conflict.severity}`)}</span>
          <span>{t(conflict.code, conflict.params)}</span>
        </li>
      ))}
    </ul>
  );
});

/** How many of the people shown registered for each option. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, RegistrationOption } from '../../../../shared/model/schema.ts';
import { countsPerOption } from './participant-filters.ts';

/** A component of its own: after an import of 10,000 people, the counts are made in a turn of their own. */
export const RegistrationCounts = memo(function RegistrationCounts({ shown, options }: { readonly shown: readonly Participant[]; readonly options: readonly RegistrationOption[] }) {
  const { t } = useTranslation();
  const counts = useMemo(() => countsPerOption(shown, options), [shown, options]);
  return (
    <details className="pt-counts" open>
      <summary>{t('participants:view.counts')}</summary>
      <ul>
        {counts.map(({ option, count }) => (
          <li key={option.id}><span>{option.label}</span> <strong>{count}</strong></li>
        ))}
      </ul>
    </details>
  );
});

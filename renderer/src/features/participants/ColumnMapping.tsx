/** The file's columns and what each feeds in Régie: drawn again only when the mapping changes, not at each step of its check. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_FIELDS, registrationTarget, type ColumnTargets, type ImportTarget } from '../../../../shared/import/index.ts';
import type { RegistrationOption } from '../../../../shared/model/schema.ts';
import { useGrowingCount } from '../../ui/use-growing-count.ts';

/** Menu choices drawn per turn, over as many rows as that makes: with many registration options, one menu holds hundreds. */
const CHOICES_PER_STEP = 400;

interface ColumnMappingProps {
  readonly headers: readonly string[];
  /** The first row with something in it, under the header. */
  readonly example: readonly string[];
  readonly targets: ColumnTargets;
  readonly options: readonly RegistrationOption[];
  readonly onChoose: (column: number, target: ImportTarget | null) => void;
}

export const ColumnMapping = memo(function ColumnMapping({ headers, example, targets, options, onChoose }: ColumnMappingProps) {
  const { t } = useTranslation();
  const shown = useGrowingCount(headers, Math.max(1, Math.floor(CHOICES_PER_STEP / (1 + PARTICIPANT_FIELDS.length + options.length))));
  // The same choices in every column, translated once.
  const choices = useMemo(
    () => (
      <>
        <option value="">{t('participants:fields.ignored')}</option>
        {PARTICIPANT_FIELDS.map((field) => (
          <option key={field} value={field}>{t(`participants:fields.${field}`)}</option>
        ))}
        {options.map((option) => (
          <option key={option.id} value={registrationTarget(option.id)}>{t('participants:fields.registration', { label: option.label })}</option>
        ))}
      </>
    ),
    [t, options],
  );
  return (
    <table className="pt-mapping" aria-label={t('participants:dialog.mapping')}>
      <thead>
        <tr>
          <th>{t('participants:dialog.column')}</th>
          <th>{t('participants:dialog.example')}</th>
          <th>{t('participants:dialog.target')}</th>
        </tr>
      </thead>
      <tbody>
        {headers.slice(0, shown).map((header, i) => (
          <tr key={i}>
            <th scope="row">{header}</th>
            <td className="pt-mapping__example">{example[i] ?? ''}</td>
            <td>
              <select aria-label={t('participants:dialog.targetOf', { header })} value={targets[i] ?? ''} onChange={(e) => onChoose(i, e.target.value === '' ? null : (e.target.value as ImportTarget))}>
                {choices}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});

/** The search and the filters of the participants list, their choices read from the people themselves. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DIETS, type Participant, type RegistrationOption } from '../../../../shared/model/schema.ts';
import { distinctValues, type ParticipantFilters } from './participant-filters.ts';

interface ParticipantFilterBarProps {
  readonly participants: readonly Participant[];
  readonly options: readonly RegistrationOption[];
  readonly filters: ParticipantFilters;
  readonly onChange: (filters: ParticipantFilters) => void;
}

/** A component of its own: after an import of 10,000 people, its choices are worked out in a turn of their own. */
export const ParticipantFilterBar = memo(function ParticipantFilterBar({ participants, options, filters, onChange }: ParticipantFilterBarProps) {
  const { t } = useTranslation();
  const affiliations = useMemo(() => distinctValues(participants, 'affiliation'), [participants]);
  const roles = useMemo(() => distinctValues(participants, 'role'), [participants]);
  const languages = useMemo(() => distinctValues(participants, 'language'), [participants]);
  const toCheckCount = useMemo(() => participants.filter((p) => p.toCheck.length > 0).length, [participants]);
  const set = (patch: Partial<ParticipantFilters>) => onChange({ ...filters, ...patch });

  const select = (label: string, value: string, all: string, choices: readonly { value: string; label: string }[], choose: (v: string) => void) => (
    <select aria-label={label} value={value} onChange={(e) => choose(e.target.value)}>
      <option value="">{all}</option>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>{c.label}</option>
      ))}
    </select>
  );
  const plain = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

  return (
    <div className="pt-filters">
      <input type="search" aria-label={t('participants:view.search')} placeholder={t('participants:view.search')} value={filters.search} onChange={(e) => set({ search: e.target.value })} />
      {select(t('participants:fields.registrations'), filters.registration, t('participants:view.allRegistrations'), options.map((o) => ({ value: o.id, label: o.label })), (registration) => set({ registration }))}
      {select(t('participants:fields.affiliation'), filters.affiliation, t('participants:view.allAffiliations'), plain(affiliations), (affiliation) => set({ affiliation }))}
      {select(t('participants:fields.role'), filters.role, t('participants:view.allRoles'), plain(roles), (role) => set({ role }))}
      {select(t('participants:fields.language'), filters.language, t('participants:view.allLanguages'), plain(languages), (language) => set({ language }))}
      {select(t('participants:fields.diet'), filters.diet, t('participants:view.allDiets'), DIETS.map((d) => ({ value: d, label: t(`labels:diet.${d}`) })), (diet) => set({ diet }))}
      <label className="pt-filters__check">
        <input type="checkbox" checked={filters.toCheck} onChange={(e) => set({ toCheck: e.target.checked })} />
        {t('participants:view.toCheckFilter', { count: toCheckCount })}
      </label>
    </div>
  );
});

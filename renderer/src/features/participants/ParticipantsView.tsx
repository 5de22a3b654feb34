/** The Participants view: search, filters, counts per registration, the table, and the import of the registration list. */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadList } from '../../../../shared/ipc.ts';
import { DIETS } from '../../../../shared/model/schema.ts';
import { useShellStore } from '../../state/shell-store.ts';
import { useProject } from '../../state/store.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { countsPerOption, distinctValues, filterParticipants, NO_FILTERS, type ParticipantFilters } from './participant-filters.ts';
import { ParticipantsTable } from './ParticipantsTable.tsx';
import './participants.css';

export function ParticipantsView() {
  const { t } = useTranslation();
  const project = useProject();
  const show = useShellStore((s) => s.show);
  const [filters, setFilters] = useState<ParticipantFilters>(NO_FILTERS);
  // The text too: the dialog's checking worker takes the list as one string, far cheaper to send than 10,000 rows.
  const [read, setRead] = useState<{ readonly list: ReadList; readonly json: string } | null>(null);
  // Typing stays responsive while 10,000 rows are filtered behind it.
  const deferred = useDeferredValue(filters);
  const { event } = project;
  // An import of 10,000 people is applied in one task and the counts, filters and table follow in the next.
  const participants = useDeferredValue(project.participants);
  const options = event.registrationOptions;
  const shown = useMemo(() => filterParticipants(participants, deferred), [participants, deferred]);
  const counts = useMemo(() => countsPerOption(shown, options), [shown, options]);
  const affiliations = useMemo(() => distinctValues(participants, 'affiliation'), [participants]);
  const roles = useMemo(() => distinctValues(participants, 'role'), [participants]);
  const languages = useMemo(() => distinctValues(participants, 'language'), [participants]);
  const toCheckCount = useMemo(() => participants.filter((p) => p.toCheck.length > 0).length, [participants]);
  const set = (patch: Partial<ParticipantFilters>) => setFilters({ ...filters, ...patch });

  const pickFile = async () => {
    // Only what the first look needs crosses over; the file is read and looked at off the window's thread.
    const result = await window.regie.pickParticipantsFile({
      event: { registrationOptions: options },
      settings: { importMappings: project.settings.importMappings },
    });
    if (result.status === 'read') setRead({ list: JSON.parse(result.listJson) as ReadList, json: result.listJson });
    if (result.status === 'failed') show({ tone: 'error', problems: result.problems });
  };

  const select = (label: string, value: string, all: string, choices: readonly { value: string; label: string }[], onChange: (v: string) => void) => (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{all}</option>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>{c.label}</option>
      ))}
    </select>
  );
  const plain = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

  return (
    <section className="view participants-view" aria-labelledby="participants-title">
      <div className="pt-toolbar">
        <h2 id="participants-title">{t('participants:view.title')}</h2>
        <button type="button" className="primary" onClick={() => void pickFile()}>{t('participants:view.import')}</button>
      </div>
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
      <p className="pt-count" role="status">{t('participants:view.count', { shown: shown.length, total: participants.length })}</p>
      {options.length > 0 && (
        <details className="pt-counts" open>
          <summary>{t('participants:view.counts')}</summary>
          <ul>
            {counts.map(({ option, count }) => (
              <li key={option.id}><span>{option.label}</span> <strong>{count}</strong></li>
            ))}
          </ul>
        </details>
      )}
      {participants.length === 0 ? (
        <p className="empty">{t('participants:view.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('participants:view.noMatch')}</p>
      ) : (
        <ParticipantsTable participants={shown} options={options} />
      )}
      {read && <ImportDialog project={project} table={read.list.table} listJson={read.json} firstLook={read.list.prepared} onClose={() => setRead(null)} />}
    </section>
  );
}

/** The Participants view: search, filters, counts per registration, the table, and the import of the registration list. */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadList } from '../../../../shared/ipc.ts';
import { useShellStore } from '../../state/shell-store.ts';
import { useProject } from '../../state/store.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { filterParticipants, NO_FILTERS, type ParticipantFilters } from './participant-filters.ts';
import { ParticipantFilterBar } from './ParticipantFilterBar.tsx';
import { ParticipantsTable } from './ParticipantsTable.tsx';
import { RegistrationCounts } from './RegistrationCounts.tsx';
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
  // An import of 10,000 people is applied in one task; the filters, counts and table follow, each in a turn of its own.
  const participants = useDeferredValue(project.participants);
  const options = event.registrationOptions;
  const shown = useMemo(() => filterParticipants(participants, deferred), [participants, deferred]);

  const pickFile = async () => {
    // Only what the first look needs crosses over; the file is read and looked at off the window's thread.
    const result = await window.regie.pickParticipantsFile({
      event: { registrationOptions: options },
      settings: { importMappings: project.settings.importMappings },
    });
    if (result.status === 'read') setRead({ list: JSON.parse(result.listJson) as ReadList, json: result.listJson });
    if (result.status === 'failed') show({ tone: 'error', problems: result.problems });
  };

  return (
    <section className="view participants-view" aria-labelledby="participants-title">
      <div className="pt-toolbar">
        <h2 id="participants-title">{t('participants:view.title')}</h2>
        <button type="button" className="primary" onClick={() => void pickFile()}>{t('participants:view.import')}</button>
      </div>
      <ParticipantFilterBar participants={participants} options={options} filters={filters} onChange={setFilters} />
      <p className="pt-count" role="status">{t('participants:view.count', { shown: shown.length, total: participants.length })}</p>
      {options.length > 0 && <RegistrationCounts shown={shown} options={options} />}
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

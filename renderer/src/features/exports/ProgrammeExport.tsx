/** The programme for attendees' apps and calendars: frab XML, pretalx JSON, the programme calendar, personal calendars. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/i18n/languages.ts';
import { PROGRAMME_FORMATS, type ProgrammeFormat } from '../../../../shared/programme/programme-formats.ts';
import { useConflicts } from '../../state/conflicts.ts';
import { useProject } from '../../state/store.ts';
import { ExportOutcome, type ExportStatus } from './ExportOutcome.tsx';
import { OpenErrors } from './OpenErrors.tsx';

export function ProgrammeExport({ language }: { readonly language: Language }) {
  const { t } = useTranslation();
  const project = useProject();
  const [chosen, setChosen] = useState<ReadonlySet<ProgrammeFormat>>(new Set(PROGRAMME_FORMATS));
  const [status, setStatus] = useState<ExportStatus>({ state: 'idle' });
  const busy = 'state' in status && status.state === 'exporting';
  const conflicts = useConflicts();
  const openErrors = useMemo(() => conflicts.filter((c) => c.severity === 'error'), [conflicts]);
  // Asked on each export, as for the workbooks: the open errors are listed before the folder is even chosen.
  const [confirming, setConfirming] = useState(false);

  const toggle = (format: ProgrammeFormat, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(format);
    else next.delete(format);
    setChosen(next);
  };

  const run = async () => {
    setConfirming(false);
    setStatus({ state: 'exporting' });
    setStatus(await window.regie.exportProgramme({ project, formats: PROGRAMME_FORMATS.filter((f) => chosen.has(f)), language }));
  };

  return (
    <section className="programme-export" aria-labelledby="programme-export-title">
      <h3 id="programme-export-title">{t('exports:programme.title')}</h3>
      <p>{t('exports:programme.intro', { timeZone: project.event.timeZone })}</p>
      <fieldset className="programme-export__formats">
        <legend>{t('exports:programme.formats')}</legend>
        {PROGRAMME_FORMATS.map((format) => (
          <label key={format} className="programme-export__format">
            <input type="checkbox" checked={chosen.has(format)} onChange={(e) => toggle(format, e.target.checked)} />
            <span className="workbook-card__name">{t(`exports:programme.format.${format}`)}</span>
            <span className="workbook-card__file">{t(`exports:programme.hint.${format}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="exports-view__actions">
        <button type="button" className="primary" disabled={busy || chosen.size === 0} onClick={() => (openErrors.length > 0 ? setConfirming(true) : void run())}>
          {t('exports:programme.export')}
        </button>
        {chosen.size === 0 && <span className="empty">{t('exports:programme.chooseOne')}</span>}
      </div>
      {confirming && openErrors.length > 0 && <OpenErrors errors={openErrors} intro="exports:programme.openErrors" onExportAnyway={() => void run()} />}
      <ExportOutcome status={status} />
    </section>
  );
}

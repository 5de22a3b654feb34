/** Exports for the venue: pick the workbooks and their language, see what each holds, export them into a folder. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportContext } from '../../../../shared/exports/context.ts';
import { previewWorkbook } from '../../../../shared/exports/workbooks.ts';
import { LANGUAGES, type Language } from '../../../../shared/i18n/languages.ts';
import { WORKBOOKS, type WorkbookId } from '../../../../shared/exports/workbook-ids.ts';
import { useProject } from '../../state/store.ts';
import { useConflicts } from '../../state/conflicts.ts';
import { ExportOutcome, type ExportStatus } from './ExportOutcome.tsx';
import { OpenErrors } from './OpenErrors.tsx';
import { ProgrammeExport } from './ProgrammeExport.tsx';
import { WorkbookCard } from './WorkbookCard.tsx';
import './exports.css';

export function ExportsView() {
  const { t, i18n } = useTranslation();
  const project = useProject();
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'fr');
  const [chosen, setChosen] = useState<ReadonlySet<WorkbookId>>(new Set(WORKBOOKS));
  const [status, setStatus] = useState<ExportStatus>({ state: 'idle' });
  // The previews are built by the same pure code as the workbooks, in the workbooks' language.
  const ctx = useMemo(() => exportContext(project, language), [project, language]);
  const previews = useMemo(() => WORKBOOKS.map((id) => previewWorkbook(ctx, id)), [ctx]);
  const busy = 'state' in status && status.state === 'exporting';
  const conflicts = useConflicts();
  const openErrors = useMemo(() => conflicts.filter((c) => c.severity === 'error'), [conflicts]);
  // Asked on each export: the open errors are listed before the folder is even chosen.
  const [confirming, setConfirming] = useState(false);

  const toggle = (id: WorkbookId, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const run = async () => {
    setConfirming(false);
    setStatus({ state: 'exporting' });
    const only = WORKBOOKS.filter((id) => chosen.has(id));
    const stop = window.regie.onProgress((progress) => setStatus({ state: 'exporting', progress }));
    try {
      setStatus(await window.regie.exportWorkbooks({ project, only, language }));
    } finally {
      stop();
    }
  };

  return (
    <section className="view exports-view" aria-labelledby="exports-title" aria-busy={busy}>
      <h2 id="exports-title">{t('exports:view.title')}</h2>
      <p>{t('exports:view.intro')}</p>
      <div className="exports-view__options">
        <label>
          {t('exports:view.language')}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((code) => <option key={code} value={code}>{t(`common:language.${code}`)}</option>)}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={chosen.size === WORKBOOKS.length}
            onChange={(e) => setChosen(new Set(e.target.checked ? WORKBOOKS : []))}
          />{' '}
          {t('exports:view.all')}
        </label>
      </div>
      <ul className="workbook-list">
        {previews.map((preview) => (
          <WorkbookCard key={preview.id} preview={preview} tExport={ctx.t} checked={chosen.has(preview.id)} onToggle={(on) => toggle(preview.id, on)} />
        ))}
      </ul>
      <div className="exports-view__actions">
        <button type="button" className="primary" disabled={busy || chosen.size === 0} onClick={() => (openErrors.length > 0 ? setConfirming(true) : void run())}>
          {t('exports:view.export', { count: chosen.size })}
        </button>
        {chosen.size === 0 && <span className="empty">{t('exports:view.chooseOne')}</span>}
      </div>
      {confirming && openErrors.length > 0 && <OpenErrors errors={openErrors} onExportAnyway={() => void run()} />}
      <ExportOutcome status={status} />
      <ProgrammeExport language={language} />
    </section>
  );
}

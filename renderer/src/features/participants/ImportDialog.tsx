/** Import the registration list: check the column mapping, read the report, import the valid rows in one undo step. */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SheetTable } from '../../../../shared/ipc.ts';
import { describeProblems } from '../../../../shared/i18n/index.ts';
import {
  HEADER_SEARCH_ROWS, mappingFromTargets, prepareImport, summaryLine, type ImportNote, type ImportTarget, type PreparedImport,
} from '../../../../shared/import/index.ts';
import { pickLanguage } from '../../../../shared/i18n/index.ts';
import type { Project } from '../../../../shared/model/schema.ts';
import type { Problem } from '../../../../shared/problems.ts';
import { useShellStore } from '../../state/shell-store.ts';
import { useProjectStore } from '../../state/store.ts';
import { ImportNotes } from '../../ui/ImportNotes.tsx';
import { CheckProgress } from './CheckProgress.tsx';
import { ColumnMapping } from './ColumnMapping.tsx';
import { ImportChecker, type CheckState } from './import-check.ts';
import { PlanChanges } from './PlanChanges.tsx';

const NO_NOTES: readonly ImportNote[] = [];

/**
 * `firstLook`: the header row and columns found where the file was read, until the organiser chooses another row.
 * `listJson`: the same list as JSON text (a ReadList), for the checking worker.
 */
export function ImportDialog(
  { project, table, listJson, firstLook, onClose }: { project: Project; table: SheetTable; listJson: string; firstLook: PreparedImport; onClose: () => void },
) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const perform = useProjectStore((s) => s.perform);
  const show = useShellStore((s) => s.show);
  const headerRowId = useId();
  const [prepared, setPrepared] = useState(firstLook);
  const [targets, setTargets] = useState<readonly (ImportTarget | null)[]>(prepared.targets);
  const [removeMissing, setRemoveMissing] = useState(false);
  const [saveMapping, setSaveMapping] = useState(true);
  const [mappingName, setMappingName] = useState(prepared.mappingName ?? t('participants:dialog.defaultMappingName'));
  const [showInfo, setShowInfo] = useState(false);
  // Kept as codes, not sentences, so that a language switch says them again in the new language.
  const [reportMessage, setReportMessage] = useState<readonly Problem[] | null>(null);
  const [check, setCheck] = useState<CheckState>({ status: 'checking', step: 1 });
  const [importing, setImporting] = useState(false);
  // The rows are read, compared with the project and the plan checked before and after in a worker: 10,000 rows
  // would otherwise hold the window at each change of the mapping.
  const [checker] = useState(() => new ImportChecker(listJson, setCheck));
  useEffect(() => () => checker.close(), [checker]);
  useEffect(() => checker.setProject(project), [checker, project]);
  useEffect(() => checker.check({ headerIndex: prepared.headerIndex, targets, removeMissing }), [checker, prepared.headerIndex, targets, removeMissing]);
  const checked = check.status === 'checked' ? check.result : null;
  const options = project.event.registrationOptions;
  const example = useMemo(
    () => table.rows.slice(prepared.headerIndex + 1).find((row) => row.some((cell) => cell.trim() !== '')) ?? [],
    [table.rows, prepared.headerIndex],
  );
  const notes = checked ? (showInfo ? checked.allNotes : checked.problems) : NO_NOTES;
  const importable = checked !== null && checked.importable && !checked.mappingBroken && !importing;

  const lastHeaderRow = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  const chooseHeaderRow = (row: number) => {
    if (!Number.isInteger(row) || row < 1 || row > lastHeaderRow) return;
    const next = prepareImport(project, table.rows, row - 1);
    setPrepared(next);
    setTargets(next.targets);
  };
  // A target feeds from one column: choosing it here frees it elsewhere.
  const choose = useCallback((column: number, target: ImportTarget | null) => {
    setTargets((targets) => targets.map((current, i) => (i === column ? target : current === target ? null : current)));
  }, []);
  const doImport = async () => {
    if (check.status !== 'checked') return;
    setImporting(true);
    const payload = await checker.payload(check.id);
    setImporting(false);
    // A change of mapping meanwhile: its own check decides what Import does.
    if (!payload) return;
    const mapping = saveMapping && mappingName.trim() !== '' ? mappingFromTargets(mappingName.trim(), prepared.headers, targets) : undefined;
    const { summary } = check.result;
    // The dialog goes in one task and the people come in the next: a long report and its menus are a lot to take down.
    flushSync(onClose);
    await new Promise((resolve) => setTimeout(resolve));
    perform([{ type: 'participants/import', payload: { ...payload, ...(mapping ? { mapping } : {}) } }], 'participants:history.import');
    show({ tone: 'info', texts: [{ code: 'participants:dialog.done' }, { code: 'participants:import.summary', params: { ...summary } }] });
  };
  const saveReport = async () => {
    if (check.status !== 'checked') return;
    const rows = await checker.report(check.id, pickLanguage(i18n.language));
    if (!rows) return;
    const result = await window.regie.saveImportReport({ rows });
    if (result.status === 'saved') setReportMessage([{ code: 'participants:dialog.reportSaved', params: { file: result.fileName } }]);
    if (result.status === 'failed') setReportMessage(result.problems);
  };

  return (
    <div className="pt-dialog__backdrop">
      <div className="pt-dialog card" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('participants:dialog.title')}</h2>
        <p>
          {t('participants:dialog.file', { file: table.fileName, sheet: table.sheetName })}
          {table.encoding && ` — ${t('participants:dialog.encoding', { encoding: table.encoding, separator: table.separator === '\t' ? 'tab' : (table.separator ?? '') })}`}
        </p>
        <p className="pt-dialog__header-row">
          <label htmlFor={headerRowId}>{t('participants:dialog.chooseHeaderRow', { last: lastHeaderRow })}</label>{' '}
          <input
            id={headerRowId}
            type="number"
            min={1}
            max={lastHeaderRow}
            value={prepared.headerIndex + 1}
            onChange={(e) => chooseHeaderRow(Number(e.target.value))}
          />
        </p>
        {prepared.headerIndex < 0 && <p role="alert">{t('participants:import.noHeader')}</p>}
        {prepared.mappingName && <p>{t('participants:dialog.reusedMapping', { name: prepared.mappingName })}</p>}

        <ColumnMapping headers={prepared.headers} example={example} targets={targets} options={options} onChoose={choose} />

        <label className="pt-dialog__check">
          <input type="checkbox" checked={removeMissing} onChange={(e) => setRemoveMissing(e.target.checked)} />
          {t('participants:dialog.removeMissing')}
        </label>
        <label className="pt-dialog__check">
          <input type="checkbox" checked={saveMapping} onChange={(e) => setSaveMapping(e.target.checked)} />
          {t('participants:dialog.saveMapping')}
          <input aria-label={t('participants:dialog.saveMapping')} value={mappingName} disabled={!saveMapping} onChange={(e) => setMappingName(e.target.value)} />
        </label>

        <section aria-label={t('participants:dialog.report')} className="pt-report">
          <h3>{t('participants:dialog.report')}</h3>
          {check.status === 'checked' ? (
            <p className="pt-report__summary" role="status">{summaryLine(t, check.result.summary)}</p>
          ) : (
            <CheckProgress state={check} onStop={() => checker.cancel()} onRetry={() => checker.check({ headerIndex: prepared.headerIndex, targets, removeMissing })} />
          )}
          <label className="pt-dialog__check">
            <input type="checkbox" checked={showInfo} onChange={(e) => setShowInfo(e.target.checked)} />
            {t('participants:dialog.showInfo')}
          </label>
          <ImportNotes notes={notes} label={t('participants:dialog.report')} />
        </section>

        <section aria-labelledby={`${titleId}-changes`} className="pt-plan-changes">
          <h3 id={`${titleId}-changes`}>{t('participants:report.planChanges')}</h3>
          {checked && <PlanChanges changes={checked.changes} />}
        </section>

        <div className="pt-dialog__actions">
          {reportMessage && <p role="status" className="pt-dialog__message">{describeProblems(t, reportMessage).join(' ')}</p>}
          <button type="button" disabled={checked === null} onClick={() => void saveReport()}>{t('participants:dialog.saveReport')}</button>
          <button type="button" onClick={onClose}>{t('participants:dialog.cancel')}</button>
          <button type="button" className="primary" disabled={!importable} onClick={() => void doImport()}>
            {t('participants:dialog.import', { count: checked ? checked.summary.added + checked.summary.updated + checked.summary.unchanged : 0 })}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Import a poster list: check the columns, read the report row by row, import the valid rows in one undo step. */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblems } from '../../../../shared/i18n/index.ts';
import { sortNotes } from '../../../../shared/import/report.ts';
import type { Problem } from '../../../../shared/problems.ts';
import type { SheetTable } from '../../../../shared/ipc.ts';
import type { Project } from '../../../../shared/model/schema.ts';
import { planPosterImport, posterReportRows, POSTER_FIELDS, preparePosterImport, type PosterField } from '../../../../shared/posters/import.ts';
import { ImportNotes } from '../../ui/ImportNotes.tsx';

interface DialogProps {
  readonly project: Project;
  readonly table: SheetTable;
  readonly onImport: (plan: ReturnType<typeof planPosterImport>) => void;
  readonly onClose: () => void;
}

export function PosterImportDialog({ project, table, onImport, onClose }: DialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const prepared = useMemo(() => preparePosterImport(table.rows), [table]);
  const [columns, setColumns] = useState<readonly (PosterField | null)[]>(prepared.columns);
  // Kept as codes, not sentences, so that a language switch says them again in the new language.
  const [reportMessage, setReportMessage] = useState<readonly Problem[] | null>(null);
  const plan = useMemo(() => planPosterImport(project, table.rows, prepared.headerIndex, columns), [project, table, prepared.headerIndex, columns]);
  const example = table.rows.slice(prepared.headerIndex + 1).find((row) => row.some((cell) => cell.trim() !== '')) ?? [];
  const notes = sortNotes(plan.notes).filter((n) => n.level !== 'info');

  const choose = (column: number, value: string) => {
    const field = value === '' ? null : (value as PosterField);
    // A field feeds from one column: choosing it here frees it elsewhere.
    setColumns(columns.map((current, i) => (i === column ? field : current === field ? null : current)));
  };
  const saveReport = async () => {
    const result = await window.regie.saveImportReport({ rows: posterReportRows(t, plan.summary, plan.notes) });
    if (result.status === 'saved') setReportMessage([{ code: 'participants:dialog.reportSaved', params: { file: result.fileName } }]);
    if (result.status === 'failed') setReportMessage(result.problems);
  };

  return (
    <div className="pt-dialog__backdrop">
      <div className="pt-dialog card" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('posters:import.title')}</h2>
        <p>{t('posters:import.file', { file: table.fileName, sheet: table.sheetName, row: prepared.headerIndex + 1 })}</p>
        {prepared.headerIndex < 0 && <p role="alert">{t('posters:import.noHeader')}</p>}
        <table className="pt-mapping" aria-label={t('posters:import.title')}>
          <tbody>
            {prepared.headers.map((header, i) => (
              <tr key={i}>
                <th scope="row">{t('posters:import.column', { header })}</th>
                <td className="pt-mapping__example">{example[i] ?? ''}</td>
                <td>
                  <select aria-label={t('posters:import.column', { header })} value={columns[i] ?? ''} onChange={(e) => choose(i, e.target.value)}>
                    <option value="">{t('posters:import.ignore')}</option>
                    {POSTER_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {t(`posters:fields.${field}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <section className="pt-report" aria-label={t('participants:dialog.report')}>
          <p className="pt-report__summary" role="status">
            {t('posters:import.summary', { ...plan.summary })}
          </p>
          <ImportNotes notes={notes} label={t('participants:dialog.report')} />
          {reportMessage && <p role="status">{describeProblems(t, reportMessage).join(' ')}</p>}
        </section>
        <div className="pt-dialog__actions">
          <button type="button" onClick={() => void saveReport()}>
            {t('participants:dialog.saveReport')}
          </button>
          <button type="button" onClick={onClose}>
            {t('posters:import.cancel')}
          </button>
          <button type="button" className="primary" disabled={plan.posters.length === 0} onClick={() => onImport(plan)}>
            {t('posters:import.apply', { count: plan.posters.length })}
          </button>
        </div>
      </div>
    </div>
  );
}

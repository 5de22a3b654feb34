/** One workbook in the list: tick it to export it; see its sheets and first rows before choosing. */
import { useTranslation } from 'react-i18next';
import type { WorkbookPreview } from '../../../../shared/exports/workbooks.ts';
import type { Translate } from '../../../../shared/exports/context.ts';

interface Props {
  readonly preview: WorkbookPreview;
  /** Texts in the workbooks' language, which may differ from the app's. */
  readonly tExport: Translate;
  readonly checked: boolean;
  readonly onToggle: (checked: boolean) => void;
}

export function WorkbookCard({ preview, tExport, checked, onToggle }: Props) {
  const { t } = useTranslation();
  const rows = preview.sheets.reduce((sum, sheet) => sum + sheet.rows, 0);
  const first = preview.sheets.find((sheet) => sheet.rows > 0);
  return (
    <li className="card workbook-card" data-workbook={preview.id}>
      <label className="workbook-card__choice">
        <input type="checkbox" checked={checked} onChange={(e) => onToggle(e.target.checked)} />
        <span className="workbook-card__name">{t(`exports:workbook.${preview.id}.name`)}</span>
        <span className="workbook-card__file">{preview.fileName}</span>
      </label>
      <p className="workbook-card__description">{t(`exports:workbook.${preview.id}.description`)}</p>
      <p className="workbook-card__counts">
        {t('exports:preview.sheets', { count: preview.sheets.length })} · {t('exports:preview.rows', { count: rows })}
      </p>
      {rows === 0 ? (
        <p className="empty">{t('exports:preview.empty')}</p>
      ) : (
        <details>
          <summary>{preview.sheets.map((sheet) => sheet.name).join(' · ')}</summary>
          <table className="table workbook-card__sample">
            <caption>{tExport('view.preview', { sheet: first?.name ?? '' })}</caption>
            <thead>
              <tr>{preview.columns.map((header) => <th key={header} scope="col">{header}</th>)}</tr>
            </thead>
            <tbody>
              {preview.sample.map((row, i) => (
                <tr key={i}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </li>
  );
}

/** What the last export did: running (with its progress), cancelled, failed with its problems, or the files written. */
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../../../shared/i18n/index.ts';
import type { ExportResult, Progress } from '../../../../shared/ipc.ts';

export type ExportStatus = { readonly state: 'idle' } | { readonly state: 'exporting'; readonly progress?: Progress } | ExportResult;

export function ExportOutcome({ status }: { status: ExportStatus }) {
  const { t } = useTranslation();
  if ('state' in status) {
    if (status.state !== 'exporting') return null;
    const { progress } = status;
    return (
      <p role="status" className="exports-view__progress">
        {t('exports:view.exporting')}
        {progress && <> <progress max={progress.total} value={progress.done} /> {t('exports:view.progress', { done: progress.done, total: progress.total })}</>}
      </p>
    );
  }
  if (status.status === 'cancelled') return <p role="status">{t('exports:view.cancelled')}</p>;
  if (status.status === 'failed') {
    return (
      <div role="alert" className="exports-view__failed">
        <p>{t('exports:view.failed')}</p>
        <ul>{status.problems.map((problem, i) => <li key={i}>{describeProblem(t, problem)}</li>)}</ul>
      </div>
    );
  }
  return (
    <div role="status" className="exports-view__done">
      <p>{t('exports:view.done', { count: status.files.length, folder: status.folderName })}</p>
      <ul>{status.files.map((file) => <li key={file}>{file}</li>)}</ul>
      <button type="button" onClick={() => void window.regie.showExportFolder()}>{t('exports:view.showFolder')}</button>
    </div>
  );
}

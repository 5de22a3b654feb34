/** "Import a programme…": a frab or pretalx schedule read off the window's thread, previewed, then applied as one undoable step. */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblems } from '../../../../shared/i18n/index.ts';
import type { Problem } from '../../../../shared/problems.ts';
import { importProgramme } from '../../../../shared/programme/apply.ts';
import type { ImportedProgramme } from '../../../../shared/programme/read-programme.ts';
import { reportSections, reportSummary } from '../../../../shared/programme/report-lines.ts';
import { useSelection } from '../../state/selection.ts';
import { useShellStore } from '../../state/shell-store.ts';
import { useProject, useProjectStore } from '../../state/store.ts';

interface ReadProgramme {
  readonly fileName: string;
  readonly programme: ImportedProgramme;
  readonly notices: readonly Problem[];
}

export function ProgrammeImport() {
  const { t } = useTranslation();
  const show = useShellStore((s) => s.show);
  const [read, setRead] = useState<ReadProgramme | null>(null);

  const pickFile = async () => {
    const result = await window.regie.pickProgrammeFile();
    if (result.status === 'failed') show({ tone: 'error', problems: result.problems });
    if (result.status === 'read') setRead({ fileName: result.fileName, programme: JSON.parse(result.programmeJson) as ImportedProgramme, notices: result.notices });
  };

  return (
    <>
      <button type="button" onClick={() => void pickFile()}>{t('programmeImport:dialog.open')}</button>
      {read && <ProgrammeImportDialog read={read} onClose={() => setRead(null)} />}
    </>
  );
}

function ProgrammeImportDialog({ read, onClose }: { readonly read: ReadProgramme; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const project = useProject();
  const perform = useProjectStore((s) => s.perform);
  const show = useShellStore((s) => s.show);
  const select = useSelection((s) => s.select);
  const preview = useMemo(() => importProgramme(project, read.programme), [project, read.programme]);
  const sections = reportSections(t, preview.report, preview.project);

  const apply = () => {
    perform([{ type: 'programme/import', payload: { programme: read.programme } }], 'programmeImport:undo');
    show({ tone: 'info', texts: [{ code: 'programmeImport:dialog.applied', params: { file: read.fileName, sessions: read.programme.events.length } }] });
    onClose();
    // The grid shows the programme's first placed session, wherever its room is among the columns.
    const first = read.programme.events.find((event) => event.slot);
    const session = first && useProjectStore.getState().project?.sessions.find((s) => s.externalId === first.externalId);
    if (session) select(session.id);
  };

  return (
    <div className="pt-dialog__backdrop">
      <div className="pt-dialog card" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('programmeImport:dialog.title', { file: read.fileName })}</h2>
        <p>{t('programmeImport:dialog.intro')}</p>
        <section className="pt-report" aria-label={t('programmeImport:dialog.title', { file: read.fileName })}>
          {reportSummary(t, preview.report).map((line) => <p key={line} className="pt-report__summary">{line}</p>)}
          {sections.length === 0 && <p role="status">{t('programmeImport:dialog.nothing')}</p>}
          {sections.map((section) => (
            <details key={section.heading} open={section.items.length <= 12}>
              <summary>{section.heading}</summary>
              <ul>{section.items.map((item, i) => <li key={i}>{item}</li>)}</ul>
            </details>
          ))}
          {read.notices.length > 0 && (
            <details open>
              <summary>{t('programmeImport:dialog.notices')}</summary>
              <ul>{describeProblems(t, read.notices).map((line) => <li key={line}>{line}</li>)}</ul>
            </details>
          )}
        </section>
        <div className="pt-dialog__actions">
          <button type="button" onClick={onClose}>{t('programmeImport:dialog.cancel')}</button>
          <button type="button" className="primary" onClick={apply}>{t('programmeImport:dialog.apply')}</button>
        </div>
      </div>
    </div>
  );
}

/** The window: toolbar, the open event, its views as tabs, and the messages that go with them. */
import { useEffect, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirty, useProjectStore } from '../state/store.ts';
import { useCheckAfterPaint } from '../state/conflicts.ts';
import { useFreezeAfterCheck } from '../state/freeze-loaded.ts';
import { TimetableView } from '../features/timetable/TimetableView.tsx';
import { ParticipantsView } from '../features/participants/ParticipantsView.tsx';
import { ToursView } from '../features/tours/ToursView.tsx';
import { PosterHallView } from '../features/posters/PosterHallView.tsx';
import { ExportsView } from '../features/exports/ExportsView.tsx';
import { ConflictsView } from '../features/conflicts/ConflictsView.tsx';
import { ConflictCounts } from '../features/conflicts/ConflictCounts.tsx';
import { MergeReviewDialog } from '../features/merge/MergeReviewDialog.tsx';
import { menuCommands, startUp } from './file-actions.ts';
import { MessageBar, NoticeBanner } from './Messages.tsx';
import { ProjectSummary } from './ProjectSummary.tsx';
import { QuestionDialog } from './QuestionDialog.tsx';
import { ReadingProgress } from './ReadingProgress.tsx';
import { useShellStore, type ViewId } from '../state/shell-store.ts';
import { Toolbar } from './Toolbar.tsx';
import { panelId, tabId, ViewTabs } from './ViewTabs.tsx';
import { useShortcuts } from './use-shortcuts.ts';

const VIEW_COMPONENTS: Record<ViewId, ComponentType> = {
  timetable: TimetableView,
  participants: ParticipantsView,
  tours: ToursView,
  posters: PosterHallView,
  exports: ExportsView,
  problems: ConflictsView,
};

/** "Régie — pepr.regie •": the window title names the file and shows unsaved changes. */
function useWindowTitle(): void {
  const { t } = useTranslation();
  const fileName = useProjectStore((s) => s.fileName);
  const hasProject = useProjectStore((s) => s.project !== null);
  const dirty = useDirty();
  useEffect(() => {
    const name = fileName ?? t('common:shell.untitled');
    document.title = hasProject ? `${t('common:appName')} — ${name}${dirty ? ' •' : ''}` : t('common:appName');
  }, [t, fileName, hasProject, dirty]);
}

export function App() {
  const { t } = useTranslation();
  const project = useProjectStore((s) => s.project);
  const appState = useShellStore((s) => s.appState);
  const view = useShellStore((s) => s.view);
  const started = useRef(false);
  const dirty = useDirty();
  const View = VIEW_COMPONENTS[view];

  useShortcuts();
  useWindowTitle();
  useCheckAfterPaint();
  useFreezeAfterCheck();
  useEffect(() => {
    // Once per window, even when React runs effects twice in development.
    if (started.current) return;
    started.current = true;
    void startUp();
  }, []);
  useEffect(() => window.regie.onMenuCommand((command) => void menuCommands[command]()), []);

  return (
    <div className="app" data-app-state={appState}>
      <Toolbar problemCounts={project ? <ConflictCounts /> : null} />
      <ReadingProgress />
      <MessageBar />
      <NoticeBanner />
      <QuestionDialog />
      {project ? (
        <main className="workspace">
          <ProjectSummary project={project} />
          {dirty && <p className="unsaved-note">{t('common:shell.unsaved')}</p>}
          <ViewTabs />
          <div className="view-panel" role="tabpanel" id={panelId(view)} aria-labelledby={tabId(view)}>
            <View />
          </div>
          <MergeReviewDialog />
        </main>
      ) : (
        appState === 'loading' && <p className="loading">{t('common:shell.loading')}</p>
      )}
    </div>
  );
}

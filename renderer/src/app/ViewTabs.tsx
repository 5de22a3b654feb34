/** The views as tabs: click, or arrow keys / Home / End to move between them (WAI-ARIA tabs pattern). */
import { useTranslation } from 'react-i18next';
import { panelElementId, tabElementId, useTabs } from '../ui/tabs.ts';
import { useShellStore, VIEWS, type ViewId } from './shell-store.ts';

export const tabId = (view: ViewId) => tabElementId('view', view);
export const panelId = (view: ViewId) => panelElementId('view', view);

export function ViewTabs() {
  const { t } = useTranslation();
  const current = useShellStore((s) => s.view);
  const setView = useShellStore((s) => s.setView);
  const tabs = useTabs('view', VIEWS, current, setView);

  return (
    <nav className="view-tabs" aria-label={t('common:shell.views')} {...tabs.tablist}>
      {VIEWS.map((view) => (
        <button key={view} type="button" {...tabs.tab(view)}>
          {t(`common:shell.view.${view}`)}
        </button>
      ))}
    </nav>
  );
}

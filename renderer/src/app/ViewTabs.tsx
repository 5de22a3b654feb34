/** The views as tabs: click, or arrow keys / Home / End to move between them (WAI-ARIA tabs pattern). */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShellStore, VIEWS, type ViewId } from './shell-store.ts';

export const tabId = (view: ViewId) => `tab-${view}`;
export const panelId = (view: ViewId) => `panel-${view}`;

export function ViewTabs() {
  const { t } = useTranslation();
  const current = useShellStore((s) => s.view);
  const setView = useShellStore((s) => s.setView);
  const tabs = useRef(new Map<ViewId, HTMLButtonElement>());

  const moveTo = (view: ViewId) => {
    setView(view);
    tabs.current.get(view)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = VIEWS.indexOf(current);
    const target =
      event.key === 'ArrowRight' ? VIEWS[(index + 1) % VIEWS.length]
      : event.key === 'ArrowLeft' ? VIEWS[(index - 1 + VIEWS.length) % VIEWS.length]
      : event.key === 'Home' ? VIEWS[0]
      : event.key === 'End' ? VIEWS[VIEWS.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <nav className="view-tabs" role="tablist" aria-label={t('common:shell.views')} onKeyDown={onKeyDown}>
      {VIEWS.map((view) => (
        <button
          key={view}
          ref={(element) => {
            if (element) tabs.current.set(view, element);
          }}
          type="button"
          role="tab"
          id={tabId(view)}
          aria-selected={view === current}
          aria-controls={panelId(view)}
          tabIndex={view === current ? 0 : -1}
          onClick={() => setView(view)}
        >
          {t(`common:shell.view.${view}`)}
        </button>
      ))}
    </nav>
  );
}

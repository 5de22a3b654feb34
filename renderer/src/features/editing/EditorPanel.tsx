/** The side panel where sessions and the catalogue (rooms, venues, days, people) are edited. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slot } from '../../../../shared/model/schema.ts';
import { useProject } from '../../state/store.ts';
import { CatalogueEditor } from './CatalogueEditor.tsx';
import { SessionForm } from './SessionForm.tsx';

export type Editing =
  | { readonly kind: 'session'; readonly id: string | null; readonly slot?: Slot }
  | { readonly kind: 'catalogue' };

export function EditorPanel({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const project = useProject();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('input, select, button')?.focus();
  }, [editing]);
  const title = editing.kind === 'catalogue' ? t('timetable:editing.catalogue') : editing.id ? t('timetable:editing.sessionTitle') : t('timetable:editing.newSession');
  return (
    <div
      ref={panel}
      className="ed-panel"
      role="dialog"
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header className="ed-panel__header">
        <h2>{title}</h2>
        <button type="button" onClick={onClose} aria-label={t('timetable:editing.close')}>×</button>
      </header>
      {editing.kind === 'catalogue' ? (
        <CatalogueEditor project={project} />
      ) : (
        <SessionForm key={editing.id ?? 'new'} project={project} sessionId={editing.id} slot={editing.slot} onDone={onClose} />
      )}
    </div>
  );
}

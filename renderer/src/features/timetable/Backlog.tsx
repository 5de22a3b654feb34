/** The backlog: sessions without a slot, to search, filter and drag onto the grid; dropping a card here unschedules it. */
import { memo, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, SESSION_KINDS, type Audience, type Session, type SessionKind } from '../../../../shared/model/schema.ts';
import { backlogSessions, NO_FILTER, type BacklogFilter } from '../../../../shared/timetable/backlog.ts';
import { useDragStore } from './drag-store.ts';
import { BACKLOG_DROP_ID, dragId } from './drag.ts';
import { useCardLabel } from './SessionCard.tsx';
import { sessionColour, useTimetable } from './timetable-context.ts';

const BacklogItem = memo(function BacklogItem({ session, index, measure, start }: { session: Session; index: number; measure: (el: Element | null) => void; start: number }) {
  const { themes, openSession, cardRole } = useTimetable();
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: dragId('session', session.id) });
  const { label, kind, time, speakers } = useCardLabel(session);
  const color = sessionColour(session, themes);
  return (
    <li ref={measure} data-index={index} className="tt-backlog__row" style={{ transform: `translateY(${start}px)` }}>
      <div
        ref={setNodeRef}
        className="tt-backlog__item"
        data-session-id={session.id}
        data-dragging={isDragging || undefined}
        style={{ borderLeftColor: color }}
        {...attributes}
        {...listeners}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !useDragStore.getState().activeId) {
            event.preventDefault();
            openSession(session.id);
            return;
          }
          listeners?.onKeyDown?.(event);
        }}
        onClick={() => openSession(session.id)}
        aria-label={label}
        aria-roledescription={cardRole}
      >
        <span className="tt-card__title">{session.title}</span>
        <span className="tt-card__meta">{kind} · {time}</span>
        {speakers && <span className="tt-card__people">{speakers}</span>}
      </div>
    </li>
  );
});

/** Only the items in view are drawn: a backlog of hundreds stays light while a drag hovers from room to room. */
function BacklogList({ sessions }: { sessions: readonly Session[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sessions.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    overscan: 4,
    getItemKey: (i) => sessions[i]!.id,
    initialRect: { width: 260, height: 600 },
  });
  return (
    <div ref={scroller} className="tt-backlog__scroller">
      <ul className="tt-backlog__list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <BacklogItem key={item.key} session={sessions[item.index]!} index={item.index} measure={virtualizer.measureElement} start={item.start} />
        ))}
      </ul>
    </div>
  );
}

export function Backlog() {
  const { t } = useTranslation();
  const { project } = useTimetable();
  const [filter, setFilter] = useState<BacklogFilter>(NO_FILTER);
  const sessions = useMemo(() => backlogSessions(project, filter), [project, filter]);
  const waiting = useMemo(() => project.sessions.some((s) => !s.slot), [project]);
  const { setNodeRef, isOver } = useDroppable({ id: BACKLOG_DROP_ID });
  const dragging = useDragStore((s) => s.activeId !== null);

  return (
    <aside ref={setNodeRef} className="tt-backlog" aria-label={t('timetable:backlog.title')} data-over={isOver || undefined}>
      <h2>{t('timetable:backlog.title')}</h2>
      <p className="tt-backlog__count">{t('timetable:backlog.count', { count: sessions.length })}</p>
      <input
        type="search"
        value={filter.search}
        placeholder={t('timetable:backlog.search')}
        aria-label={t('timetable:backlog.search')}
        onChange={(e) => setFilter({ ...filter, search: e.target.value })}
      />
      <div className="tt-backlog__filters">
        <select aria-label={t('timetable:backlog.kind')} value={filter.kind ?? ''} onChange={(e) => setFilter({ ...filter, kind: (e.target.value || null) as SessionKind | null })}>
          <option value="">{t('timetable:backlog.anyKind')}</option>
          {SESSION_KINDS.map((k) => <option key={k} value={k}>{t(`labels:kind.${k}`)}</option>)}
        </select>
        <select aria-label={t('timetable:backlog.theme')} value={filter.themeId ?? ''} onChange={(e) => setFilter({ ...filter, themeId: e.target.value || null })}>
          <option value="">{t('timetable:backlog.anyTheme')}</option>
          {project.themes.map((th) => <option key={th.id} value={th.id}>{th.name}</option>)}
        </select>
        <select aria-label={t('timetable:backlog.audience')} value={filter.audience ?? ''} onChange={(e) => setFilter({ ...filter, audience: (e.target.value || null) as Audience | null })}>
          <option value="">{t('timetable:backlog.anyAudience')}</option>
          {AUDIENCES.map((a) => <option key={a} value={a}>{t(`labels:audience.${a}`)}</option>)}
        </select>
      </div>
      {dragging && <p className="tt-backlog__drop">{t('timetable:backlog.drop')}</p>}
      {sessions.length ? (
        <BacklogList sessions={sessions} />
      ) : waiting ? (
        <p className="tt-backlog__empty">
          {t('timetable:backlog.filtered')} <button type="button" className="tt-backlog__clear" onClick={() => setFilter(NO_FILTER)}>{t('timetable:backlog.clearFilters')}</button>
        </p>
      ) : (
        <p className="tt-backlog__empty">{t('timetable:backlog.empty')}</p>
      )}
    </aside>
  );
}

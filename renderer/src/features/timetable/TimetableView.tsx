/** The Timetable: day tabs, the grid of rooms and times, the backlog, dragging between them, and the editing forms. */
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import {
  DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors,
  type DragEndEvent, type DragMoveEvent, type DragOverEvent, type DragStartEvent,
} from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { EditRejected } from '../../../../shared/edits/index.ts';
import { formatDay } from '../../../../shared/i18n/dates.ts';
import { toTime } from '../../../../shared/model/time.ts';
import { daySummary } from '../../../../shared/timetable/backlog.ts';
import { dayHours, roomColumns } from '../../../../shared/timetable/grid.ts';
import { firstSession, hourAbove, openingPlace } from '../../../../shared/timetable/opening-place.ts';
import { useProject, useProjectStore } from '../../state/store.ts';
import { useTabs } from '../../ui/tabs.ts';
import { EditorPanel, type Editing } from '../editing/EditorPanel.tsx';
import { useSelection } from '../../state/selection.ts';
import { Backlog } from './Backlog.tsx';
import { cardWords } from './card-words.ts';
import { CardMenu } from './CardMenu.tsx';
import { useFindStore } from './find-store.ts';
import { GridSearch } from './GridSearch.tsx';
import { MoveToDialog } from './MoveToDialog.tsx';
import { DayTabs } from './DayTabs.tsx';
import { FindingsFilter } from './FindingsFilter.tsx';
import { useDragStore } from './drag-store.ts';
import { announcements, autoScroll, collideAtProbe, dayStep, describeTarget, dragOf, forgetGeometry, keyboardCoordinates, trackGeometry, targetOf, topLeftAtPointer } from './drag.ts';
import { dropEdits } from './drop-edits.ts';
import { useCardLabel } from './SessionCard.tsx';
import { TimetableContext, sessionColour, type TimetableInfo } from './timetable-context.ts';
import { COLUMN_WIDTH, TimetableGrid } from './TimetableGrid.tsx';
import { TimetableControls } from './TimetableControls.tsx';
import { ProgrammeImport } from './ProgrammeImport.tsx';
import { useOpeningPlace } from './use-opening-place.ts';
import { lastPlace, useViewPrefs } from './view-prefs.ts';
import './timetable.css';

/** What follows the pointer while a session is dragged: the card at its real height. */
function DraggedCard({ sessionId }: { sessionId: string }) {
  const { project, themes, pxPerMinute } = useContext(TimetableContext)!;
  const session = project.sessions.find((s) => s.id === sessionId)!;
  const { kind, time } = useCardLabel(session);
  const color = sessionColour(session, themes);
  return (
    <div className="tt-card tt-card--overlay" style={{ height: session.durationMinutes * pxPerMinute, width: COLUMN_WIDTH - 8, borderLeftColor: color, background: `${color}40` }} aria-hidden="true">
      <span className="tt-card__title">{session.title}</span>
      <span className="tt-card__meta">{kind} · {time}</span>
    </div>
  );
}

export function TimetableView() {
  const { t, i18n } = useTranslation();
  const project = useProject();
  const perform = useProjectStore((s) => s.perform);
  // Only what the view draws from: a scroll arriving at its place (goTo) must not redraw the whole view.
  const prefs = useViewPrefs(useShallow((s) => ({ day: s.day, zoom: s.zoom, hiddenRooms: s.hiddenRooms, roomOrder: s.roomOrder, placeOpening: s.placeOpening, go: s.go, setDay: s.setDay })));
  const [editing, setEditing] = useState<Editing | null>(null);
  // The refusal's code, not its sentence: a language switch says it again in the new language.
  const [refusal, setRefusal] = useState<EditRejected | null>(null);
  const activeId = useDragStore((s) => s.activeId);
  const selectedDay = useSelection((s) => s.day);
  const selectedId = useSelection((s) => s.selectedSessionId);
  const placed = useOpeningPlace(project);
  // The Problems panel asked for a session on another day: show that day.
  useEffect(() => {
    if (selectedDay) prefs.setDay(selectedDay);
  }, [selectedId, selectedDay]);

  const openingDay = useMemo(() => openingPlace(project)?.day, [project]);
  const day = prefs.day && project.event.days.some((d) => d.date === prefs.day) ? prefs.day : (openingDay ?? project.event.days[0]!.date);
  const pxPerMinute = prefs.zoom;
  const snapMinutes = project.settings.snapMinutes;
  const hours = useMemo(() => dayHours(project, day), [project, day]);
  const hidden = useMemo(() => new Set(prefs.hiddenRooms), [prefs.hiddenRooms]);
  const groups = useMemo(() => roomColumns(project, prefs.roomOrder, hidden), [project, prefs.roomOrder, hidden]);
  const visibleOrder = useMemo(() => groups.flatMap((g) => g.rooms.map((r) => r.id)), [groups]);
  const summary = useMemo(() => daySummary(project, day), [project, day]);
  const dates = useMemo(() => project.event.days.map((d) => d.date), [project.event.days]);
  // Another day opens at its first session, the same rooms in view.
  const showDay = (date: string) => {
    const first = firstSession(project, date);
    prefs.go({ day: date, roomId: lastPlace()?.roomId ?? null, minute: first ? hourAbove(first.start) : 0 }, prefs.placeOpening);
  };
  const dayTabs = useTabs('day', dates, day, showDay);
  // Asked by every column's slots as it comes into view: each day written once per language.
  const dayName = useMemo(() => {
    const names = new Map<string, string>();
    return (d: string) => names.get(d) ?? names.set(d, formatDay(d, i18n.language, 'short')).get(d)!;
  }, [i18n.language]);
  const people = useMemo(() => new Map(project.people.map((p) => [p.id, p])), [project.people]);
  const themes = useMemo(() => new Map(project.themes.map((x) => [x.id, x])), [project.themes]);

  const words = useMemo(() => cardWords(t), [t]);

  const info: TimetableInfo = useMemo(
    () => ({
      project, day, hours, pxPerMinute, snapMinutes, people, themes, dayName, words,
      t,
      cardRole: t('timetable:a11y.card'),
      openSession: (id) => setEditing({ kind: 'session', id }),
      newSessionAt: (roomId, start) => setEditing({ kind: 'session', id: null, slot: { roomId, day, start: toTime(start) } }),
    }),
    [project, day, hours, pxPerMinute, snapMinutes, people, themes, dayName, words, t],
  );
  // The drag handlers read the latest grid without being re-created (dnd-kit keeps them for the whole drag).
  const infoRef = useRef(info);
  infoRef.current = info;
  const roomsRef = useRef(visibleOrder);
  roomsRef.current = visibleOrder;
  // The last move of the drag: when Page Up/Down shows another day, the same spot is worked out again on that day.
  const lastMove = useRef<DragMoveEvent | DragOverEvent | null>(null);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
      coordinateGetter: keyboardCoordinates(() => infoRef.current.snapMinutes * infoRef.current.pxPerMinute, () => roomsRef.current),
      // At once: the room under the card changes when the key is pressed, as the announcement says.
      scrollBehavior: 'auto',
    }),
  );

  // Said when Page Up/Down shows another day under a held card: dnd-kit speaks only when the card moves.
  const [dayHeard, setDayHeard] = useState('');
  const onDragStart = (event: DragStartEvent) => {
    setRefusal(null);
    setDayHeard('');
    trackGeometry(true);
    useDragStore.getState().setActive(String(event.active.id));
  };
  const onDragMove = (event: DragMoveEvent | DragOverEvent) => {
    lastMove.current = event;
    useDragStore.getState().setTarget(targetOf(event, infoRef.current));
  };
  const onDragEnd = (event: DragEndEvent) => {
    lastMove.current = null;
    const target = targetOf(event, infoRef.current);
    useDragStore.getState().setTarget(target);
    useDragStore.getState().setActive(null);
    trackGeometry(false);
    if (!target) return;
    const gesture = dropEdits(infoRef.current.project, target);
    if (!gesture) return;
    try {
      perform(gesture.edits, gesture.label);
    } catch (error) {
      if (!(error instanceof EditRejected)) throw error;
      setRefusal(error);
    }
  };
  const onDragCancel = () => {
    lastMove.current = null;
    useDragStore.getState().setActive(null);
    trackGeometry(false);
  };

  const titleOf = useCallback((id: string) => infoRef.current.project.sessions.find((s) => s.id === id)?.title ?? id, []);
  const accessibility = useMemo(
    () => ({
      announcements: announcements(t, titleOf, () => describeTarget(t, infoRef.current.project, useDragStore.getState().target, infoRef.current.dayName)),
      screenReaderInstructions: { draggable: t('timetable:a11y.instructions') },
    }),
    [t, titleOf],
  );

  useEffect(() => () => useDragStore.getState().setActive(null), []);
  const dragging = activeId !== null;
  const finding = useFindStore((s) => s.matches.size > 0);
  useEffect(() => {
    if (!dragging) return;
    const onKey = (event: KeyboardEvent) => {
      const next = dayStep(event, dates, infoRef.current.day);
      if (!next) return;
      event.preventDefault();
      prefs.setDay(next);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [dragging, dates]);
  useEffect(() => {
    if (!lastMove.current) return;
    forgetGeometry();
    const target = targetOf(lastMove.current, info);
    useDragStore.getState().setTarget(target);
    const sessionId = dragOf(lastMove.current.active.id)?.sessionId ?? '';
    setDayHeard(t('timetable:a11y.over', { title: titleOf(sessionId), target: describeTarget(t, project, target, dayName) }));
  }, [day]);
  const active = activeId ? (activeId.startsWith('session:') ? activeId.slice('session:'.length) : null) : null;

  return (
    <TimetableContext.Provider value={info}>
      <DndContext
        sensors={sensors}
        collisionDetection={collideAtProbe}
        onDragStart={onDragStart}
        onDragMove={onDragMove}
        onDragOver={onDragMove}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
        accessibility={accessibility}
        autoScroll={autoScroll}
      >
        <section className="timetable" aria-label={t('timetable:title')} data-finding={finding || undefined}>
          <header className="tt-header">
            <DayTabs tabs={dayTabs} />
            <p className="tt-summary" aria-live="polite">{t('timetable:summary', { placed: summary.placed, backlog: summary.backlog })}</p>
            <GridSearch rooms={visibleOrder} />
            <TimetableControls project={project} visibleOrder={visibleOrder} />
            <FindingsFilter />
            <button type="button" onClick={() => setEditing({ kind: 'session', id: null })}>{t('timetable:editing.newSession')}</button>
            <button type="button" onClick={() => setEditing({ kind: 'catalogue' })}>{t('timetable:editing.catalogue')}</button>
            <ProgrammeImport />
          </header>
          {refusal && <p className="tt-refusal" role="alert">{t(refusal.code, refusal.params)}</p>}
          <div className="tt-body">
            <div className="tt-day-panel" {...dayTabs.panel}>
              {placed ? <TimetableGrid groups={groups} /> : <div className="tt-scroller" aria-busy="true" />}
            </div>
            <Backlog />
          </div>
          {editing && <EditorPanel editing={editing} onClose={() => setEditing(null)} />}
          <CardMenu />
          <MoveToDialog />
          <p className="tt-heard" aria-live="assertive">{dragging ? dayHeard : ''}</p>
        </section>
        <DragOverlay modifiers={[topLeftAtPointer]} dropAnimation={null} style={{ pointerEvents: 'none' }}>
          {active && project.sessions.some((s) => s.id === active) ? <DraggedCard sessionId={active} /> : null}
        </DragOverlay>
      </DndContext>
    </TimetableContext.Provider>
  );
}

/** A session on the grid: sized by its duration, coloured by its theme, draggable, with a lower edge to resize it. */
import { memo, useId, useMemo, type KeyboardEvent } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { fullName } from '../../../../shared/model/people.ts';
import type { Session } from '../../../../shared/model/schema.ts';
import { toMinutes, toTime } from '../../../../shared/model/time.ts';
import type { Conflict } from '../../../../shared/rules/index.ts';
import { SEVERITIES } from '../../../../shared/rules/types.ts';
import { cssLength, rightOf, type LaneBox } from '../../../../shared/timetable/lanes.ts';
import { useSelection } from '../../state/selection.ts';
import { useItemConflicts } from '../../state/conflicts.ts';
import { useCardActions } from './card-actions.ts';
import { useDragStore } from './drag-store.ts';
import { useFound } from './find-store.ts';
import { dragId } from './drag.ts';
import { CardFindings } from './CardFindings.tsx';
import { cardTint, sessionColour, useTimetable } from './timetable-context.ts';
import { useViewPrefs } from './view-prefs.ts';

interface CardProps {
  readonly session: Session;
  readonly top: number;
  readonly height: number;
  readonly depth: number;
  readonly nests: boolean;
  /** Its lane beside the sessions it overlaps (shared/timetable/lanes.ts). */
  readonly lane: LaneBox;
}

/** The words of a card, the first being its title: what a screen reader says and what tests find it by. */
export function useCardLabel(session: Session): { label: string; speakers: string; kind: string; time: string; audience: string } {
  const { people, t, words } = useTimetable();
  // Cards re-render whenever the drag hovers another room: the words only change with the session.
  return useMemo(() => {
    const speakers = session.people
      .filter((p) => p.role === 'speaker' || p.role === 'host' || p.role === 'moderator')
      .map((p) => people.get(p.personId))
      .filter((p) => p !== undefined)
      .map(fullName)
      .join(', ');
    const kind = words.kind(session.kind);
    const start = session.slot ? toMinutes(session.slot.start) : null;
    const time = start === null ? t('timetable:snapMinutes', { count: session.durationMinutes }) : `${toTime(start)}–${toTime(start + session.durationMinutes)}`;
    const parts = [session.title, kind, time];
    if (speakers) parts.push(words.speakers(speakers));
    const audience = session.expectedAudience ? words.audience(session.expectedAudience) : '';
    if (audience) parts.push(audience);
    return { label: parts.join(', '), speakers, kind, time, audience };
  }, [session, people, t, words]);
}

function ResizeHandle({ session }: { session: Session }) {
  const { words } = useTimetable();
  const label = words.resize(session.title, session.durationMinutes);
  const { setNodeRef, listeners, attributes } = useDraggable({ id: dragId('resize', session.id) });
  return (
    <button
      type="button"
      ref={setNodeRef}
      className="tt-card__resize"
      {...attributes}
      {...listeners}
      aria-label={label}
    />
  );
}

const severityRank = (c: Conflict): number => SEVERITIES.indexOf(c.severity);

interface FaceProps {
  readonly title: string;
  readonly meta: string;
  readonly speakers: string;
}

/** What a card shows: kept apart so a drag hovering another room re-renders only the draggable shell. */
const CardFace = memo(function CardFace({ title, meta, speakers }: FaceProps) {
  return (
    <>
      <span className="tt-card__title">{title}</span>
      <span className="tt-card__meta">{meta}</span>
      {speakers && <span className="tt-card__people">{speakers}</span>}
    </>
  );
});

export const SessionCard = memo(function SessionCard({ session, top, height, depth, nests, lane }: CardProps) {
  const info = useTimetable();
  const { t } = info;
  const problemsId = useId();
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: dragId('session', session.id) });
  const resized = useDragStore((s) => (s.activeId && s.target?.type === 'resize' && s.target.sessionId === session.id ? s.target.duration : null));
  const { label, speakers, kind, time, audience } = useCardLabel(session);
  const conflicts = useItemConflicts(session.id);
  const selected = useSelection((s) => s.selectedSessionId === session.id);
  const found = useFound(session.id);
  const shownFindings = useViewPrefs((s) => s.shownFindings);
  // Warnings accepted with a note no longer mark the card; severities filtered out of the grid do not either.
  const findings = useMemo(
    () => conflicts.filter((c) => !c.acknowledged && shownFindings.includes(c.severity)).sort((a, b) => severityRank(a) - severityRank(b)),
    [conflicts, shownFindings],
  );
  const color = sessionColour(session, info.themes);
  const shownHeight = resized === null ? height : resized * info.pxPerMinute;
  const meta = audience ? `${kind} · ${time} · ${audience}` : `${kind} · ${time}`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Enter edits the session; Space picks it up (the keyboard drag).
    if (event.key === 'Enter' && !useDragStore.getState().activeId) {
      event.preventDefault();
      info.openSession(session.id);
      return;
    }
    if ((event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) && !useDragStore.getState().activeId) {
      event.preventDefault();
      const r = event.currentTarget.getBoundingClientRect();
      useCardActions.getState().openMenu(session.id, r.left + 8, r.top + 16);
      return;
    }
    listeners?.onKeyDown?.(event);
  };

  return (
    <div
      className="tt-card-box"
      style={{ top, height: Math.max(shownHeight, 14), left: cssLength(lane.left), right: cssLength(rightOf(lane)), zIndex: 1 + depth, pointerEvents: isDragging ? 'none' : undefined }}
      data-dragging={isDragging || undefined}
      data-findings={findings.length ? 'true' : undefined}
      data-nests={nests || undefined}
    >
      <div
        ref={setNodeRef}
        className={nests ? 'tt-card tt-card--nests' : 'tt-card'}
        data-session-id={session.id}
        data-problems={findings[0]?.severity}
        data-selected={selected || undefined}
        data-found={found}
        style={{ borderLeftColor: color, background: cardTint(color) }}
        {...attributes}
        {...listeners}
        onKeyDown={onKeyDown}
        onClick={() => info.openSession(session.id)}
        onContextMenu={(event) => {
          event.preventDefault();
          useCardActions.getState().openMenu(session.id, event.clientX, event.clientY);
        }}
        aria-label={label}
        aria-roledescription={info.cardRole}
        aria-describedby={[attributes['aria-describedby'], findings.length ? problemsId : null].filter(Boolean).join(' ')}
      >
        <CardFace title={session.title} meta={meta} speakers={speakers} />
      </div>
      {findings.length > 0 && <CardFindings title={session.title} findings={findings} buttonId={problemsId} />}
      {session.slot && <ResizeHandle session={session} />}
    </div>
  );
});

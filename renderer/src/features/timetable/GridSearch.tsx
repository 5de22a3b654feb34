/** The search over the grid: titles, speakers and rooms; matches stand out, Enter and Shift+Enter go from one to the next, across days. */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/model/schema.ts';
import { toMinutes } from '../../../../shared/model/time.ts';
import { findOnGrid } from '../../../../shared/timetable/find.ts';
import { useFindStore } from './find-store.ts';
import { useTimetable } from './timetable-context.ts';
import { useViewPrefs } from './view-prefs.ts';

/** Scrolls the grid to a session's room and time, then, once its card is drawn there, to the card's middle. */
function revealCard(session: Session): () => void {
  const slot = session.slot!;
  const prefs = useViewPrefs.getState();
  prefs.go({ day: slot.day, roomId: slot.roomId, minute: toMinutes(slot.start), reveal: true }, prefs.placeOpening);
  let frame = 0;
  let tries = 0;
  const look = () => {
    const card = document.querySelector<HTMLElement>(`.tt-card[data-session-id="${CSS.escape(session.id)}"]`);
    if (card) card.scrollIntoView({ block: 'center', inline: 'center' });
    // The grid draws the rows and columns it scrolled to on the next frames.
    else if ((tries += 1) < 30) frame = requestAnimationFrame(look);
  };
  frame = requestAnimationFrame(look);
  return () => cancelAnimationFrame(frame);
}

export function GridSearch({ rooms }: { rooms: readonly string[] }) {
  const { t } = useTranslation();
  const { project } = useTimetable();
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);
  // Counts the jumps, so that asking again for the one match there is brings it back into view.
  const [jumps, setJumps] = useState(0);
  const found = useMemo(() => findOnGrid(project, query, rooms), [project, query, rooms]);
  const index = found.length ? Math.min(at, found.length - 1) : -1;
  const currentId = index >= 0 ? found[index]! : null;
  const current = currentId ? project.sessions.find((s) => s.id === currentId) : undefined;

  useEffect(() => {
    useFindStore.getState().setFound(new Set(found), currentId);
  }, [found, currentId]);
  useEffect(() => () => useFindStore.getState().setFound(new Set(), null), []);
  // The current match is shown: its day, its room and time, its card in the middle of the grid.
  useEffect(() => (current?.slot ? revealCard(current) : undefined), [currentId, jumps]);

  const go = (by: 1 | -1) => {
    if (!found.length) return;
    setAt((index + by + found.length) % found.length);
    setJumps((j) => j + 1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    go(event.shiftKey ? -1 : 1);
  };

  return (
    <div className="tt-find" role="search">
      <input
        type="search"
        value={query}
        placeholder={t('timetable:find.placeholder')}
        aria-label={t('timetable:find.label')}
        onChange={(e) => {
          setQuery(e.target.value);
          setAt(0);
        }}
        onKeyDown={onKeyDown}
      />
      <span className="tt-find__count" aria-live="polite">
        {query.trim() && (found.length ? t('timetable:find.count', { at: index + 1, count: found.length }) : t('timetable:find.none', { query: query.trim() }))}
      </span>
      <button type="button" onClick={() => go(-1)} disabled={!found.length} aria-label={t('timetable:find.previous')}>↑</button>
      <button type="button" onClick={() => go(1)} disabled={!found.length} aria-label={t('timetable:find.next')}>↓</button>
    </div>
  );
}

/** The search over the grid: titles, speakers and rooms; matches stand out, Enter and Shift+Enter go from one to the next, across days. */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toMinutes } from '../../../../shared/model/time.ts';
import { findOnGrid } from '../../../../shared/timetable/find.ts';
import { useFindStore } from './find-store.ts';
import { columnPlaces } from './grid-geometry.ts';
import { useTimetable } from './timetable-context.ts';
import { useViewPrefs } from './view-prefs.ts';

/**
 * Brings a card into the middle of the grid; when it is not drawn yet (its room or its hours out of view), scrolls to
 * its room and to `offsetPx` (its top in the column) first and looks again.
 */
function revealCard(sessionId: string, roomId: string, offsetPx: number, order: readonly string[]): () => void {
  let frame = 0;
  let tries = 0;
  const look = () => {
    const card = document.querySelector<HTMLElement>(`.tt-card[data-session-id="${CSS.escape(sessionId)}"]`);
    if (card) {
      card.scrollIntoView({ block: 'center', inline: 'center' });
      return;
    }
    const grid = document.querySelector<HTMLElement>('.tt-scroller');
    const places = columnPlaces(order);
    if (tries === 0 && grid && places) {
      const box = grid.getBoundingClientRect();
      const body = places.reference.rect;
      grid.scrollBy({ left: places.leftOf(order.indexOf(roomId)) - (box.left + box.width / 2), top: body.top + offsetPx - (box.top + box.height / 2) });
    }
    // The grid draws the columns it scrolled to on the next frames.
    tries += 1;
    if (tries < 30) frame = requestAnimationFrame(look);
  };
  look();
  return () => cancelAnimationFrame(frame);
}

export function GridSearch({ rooms }: { rooms: readonly string[] }) {
  const { t } = useTranslation();
  const { project, day, hours, pxPerMinute } = useTimetable();
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
  // The current match's day is shown, then its card brought into view once that day's grid is drawn.
  useEffect(() => {
    if (current?.slot && current.slot.day !== day) useViewPrefs.getState().setDay(current.slot.day);
  }, [currentId, jumps]);
  useEffect(() => {
    if (!current?.slot || current.slot.day !== day) return;
    return revealCard(current.id, current.slot.roomId, (toMinutes(current.slot.start) - hours.start) * pxPerMinute, rooms);
  }, [currentId, jumps, day]);

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

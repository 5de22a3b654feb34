/** A card's menu (right click, the context-menu key or Shift+F10 on a card): edit, move to another room, day or time, unschedule. */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useProjectStore } from '../../state/store.ts';
import { focusCard, useCardActions } from './card-actions.ts';
import { dropEdits } from './drop-edits.ts';
import { useTimetable } from './timetable-context.ts';

export function CardMenu() {
  const { project, t, openSession } = useTimetable();
  const perform = useProjectStore((s) => s.perform);
  const menu = useCardActions((s) => s.menu);
  const { close, openMoveTo } = useCardActions.getState();
  const list = useRef<HTMLDivElement>(null);
  const session = menu ? project.sessions.find((s) => s.id === menu.sessionId) : undefined;

  useEffect(() => {
    if (!menu) return;
    list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    // A press anywhere else closes it, as menus do.
    const outside = (event: PointerEvent) => {
      if (!list.current?.contains(event.target as Node)) close();
    };
    addEventListener('pointerdown', outside, true);
    return () => removeEventListener('pointerdown', outside, true);
  }, [menu]);
  if (!menu || !session) return null;

  const back = () => {
    close();
    focusCard(session.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      back();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  };
  const unschedule = () => {
    const gesture = dropEdits(project, { type: 'backlog', sessionId: session.id });
    close();
    if (gesture) perform(gesture.edits, gesture.label);
  };

  return createPortal(
    <div
      ref={list}
      className="tt-menu"
      role="menu"
      aria-label={t('timetable:cardMenu.label', { title: session.title })}
      style={{ left: Math.min(menu.x, innerWidth - 220), top: Math.min(menu.y, innerHeight - 120) }}
      onKeyDown={onKeyDown}
    >
      <button type="button" role="menuitem" tabIndex={-1} onClick={() => { close(); openSession(session.id); }}>{t('timetable:cardMenu.edit')}</button>
      <button type="button" role="menuitem" tabIndex={-1} onClick={() => openMoveTo(session.id)}>{t('timetable:cardMenu.moveTo')}</button>
      <button type="button" role="menuitem" tabIndex={-1} onClick={unschedule}>{t('timetable:cardMenu.unschedule')}</button>
    </div>,
    document.body,
  );
}

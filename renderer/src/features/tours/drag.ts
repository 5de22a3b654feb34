/** Dragging people between tour groups: drop targets, the arrow keys' jumps from group to group, and what is said aloud. */
import type { Announcements, KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { TFunction } from 'i18next';

/** The list of people in no group: a drop target like a group. */
export const UNASSIGNED = 'unassigned';
export const groupTarget = (groupId: string) => `group:${groupId}`;
export const personDrag = (participantId: string) => `person:${participantId}`;
/** The group a drop target stands for; null for the list of people in no group. */
export const groupOfTarget = (target: string): string | null => (target.startsWith('group:') ? target.slice('group:'.length) : null);
export const participantOfDrag = (id: string | number): string => String(id).replace(/^person:/, '');

/** Left and right arrows jump to the centre of the previous or next drop target, in their order on screen. */
export const jumpBetweenGroups: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  if (step === 0) return undefined;
  event.preventDefault();
  const targets = [...context.droppableRects.values()].sort((a, b) => a.left - b.left || a.top - b.top);
  const centre = (r: { left: number; width: number; top: number }) => ({ x: r.left + r.width / 2, y: r.top + 40 });
  const here = targets.findIndex((r) => currentCoordinates.x >= r.left && currentCoordinates.x <= r.left + r.width);
  const next = targets[here === -1 ? (step > 0 ? 0 : targets.length - 1) : here + step];
  return next ? centre(next) : currentCoordinates;
};

export function tourAnnouncements(t: TFunction, nameOf: (id: string) => string, targetName: (target: string) => string): Announcements {
  const name = (id: string | number) => nameOf(participantOfDrag(id));
  const target = (over: { id: string | number } | null) => (over ? targetName(String(over.id)) : t('tours:a11y.nowhere'));
  return {
    onDragStart: ({ active }) => t('tours:a11y.start', { name: name(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('tours:a11y.over', { name: name(active.id), target: target(over) }) : undefined),
    onDragEnd: ({ active, over }) => t('tours:a11y.dropped', { name: name(active.id), target: target(over) }),
    onDragCancel: ({ active }) => t('tours:a11y.cancelled', { name: name(active.id) }),
  };
}

/**
 * The WAI-ARIA tabs pattern, shared by the view tabs, the day tabs and the catalogue editor: a tablist whose arrow
 * keys, Home and End select and focus a tab (automatic activation), one tab in the Tab order (roving tabindex),
 * and each tab tied to its panel by aria-controls / aria-labelledby. Only the selected tab's panel is drawn.
 */
import { useRef, type KeyboardEvent } from 'react';

export const tabElementId = (group: string, key: string) => `${group}-tab-${key}`;
export const panelElementId = (group: string, key: string) => `${group}-panel-${key}`;

/** The tab a key leads to from `index`, wrapping around; undefined for any other key. */
export function tabAfterKey(key: string, index: number, count: number): number | undefined {
  if (key === 'ArrowRight') return (index + 1) % count;
  if (key === 'ArrowLeft') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/** `group` makes the element ids unique in the page; `keys` are the tabs in order, `selected` one of them. */
export function useTabs<K extends string>(group: string, keys: readonly K[], selected: K, select: (key: K) => void) {
  const elements = useRef(new Map<K, HTMLElement>());

  const onKeyDown = (event: KeyboardEvent) => {
    const next = tabAfterKey(event.key, keys.indexOf(selected), keys.length);
    if (next === undefined) return;
    event.preventDefault();
    const key = keys[next]!;
    select(key);
    elements.current.get(key)?.focus();
  };

  return {
    tablist: { role: 'tablist', onKeyDown },
    /** Props of one tab; `ref` also registers the element so that the keys can focus it. */
    tab: (key: K) => ({
      role: 'tab',
      id: tabElementId(group, key),
      'aria-selected': key === selected,
      'aria-controls': panelElementId(group, key),
      tabIndex: key === selected ? 0 : -1,
      onClick: () => select(key),
      ref: (element: HTMLElement | null) => {
        if (element) elements.current.set(key, element);
        else elements.current.delete(key);
      },
    }),
    /** Props of the selected tab's panel. */
    panel: { role: 'tabpanel', id: panelElementId(group, selected), 'aria-labelledby': tabElementId(group, selected) },
  } as const;
}

export type Tabs<K extends string> = ReturnType<typeof useTabs<K>>;

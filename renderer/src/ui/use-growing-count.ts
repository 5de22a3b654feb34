/** How many items of a long list to draw: `step` at first, then `step` more at each turn of the event loop. */
import { useEffect, useState } from 'react';

/**
 * Drawing and laying out hundreds of lines in one go holds the window; a step at a time, it stays responsive and
 * the whole list is there a few frames later. A new list starts again from `step`.
 */
export function useGrowingCount(items: readonly unknown[], step: number): number {
  const [shown, setShown] = useState(() => ({ items, count: Math.min(step, items.length) }));
  let current = shown;
  if (current.items !== items) {
    current = { items, count: Math.min(step, items.length) };
    setShown(current);
  }
  const { count } = current;
  useEffect(() => {
    if (count >= items.length) return;
    const timer = setTimeout(() => setShown((last) => (last.items === items ? { items, count: Math.min(last.count + step, items.length) } : last)));
    return () => clearTimeout(timer);
  }, [items, count, step]);
  return count;
}

/**
 * Background work (a first check, freezing a loaded project) done a few milliseconds at a time while the window is
 * idle: between frames and input, and not while the grid is being scrolled or a card dragged, so those frames never
 * share their time with it. A window that is never idle, or never still, still gets a slice every `waitMs`.
 */
export function inIdleSlices(step: (until: number) => boolean, sliceMs: number, waitMs: number): { readonly stop: () => boolean } {
  let pending = 0;
  let lastSlice = performance.now();
  const goOn = (deadline: IdleDeadline) => {
    pending = 0;
    const now = performance.now();
    const overdue = deadline.didTimeout || now - lastSlice >= waitMs;
    if (!overdue && now - lastMoved < STILL_MS) {
      pending = requestIdleCallback(goOn, { timeout: Math.max(1, waitMs - (now - lastSlice)) });
      return;
    }
    lastSlice = now;
    const budget = overdue ? sliceMs : Math.min(sliceMs, deadline.timeRemaining());
    if (!step(now + budget)) pending = requestIdleCallback(goOn, { timeout: waitMs });
  };
  pending = requestIdleCallback(goOn, { timeout: waitMs });
  return {
    /** Stops; true when the work was not done yet. */
    stop: () => {
      if (pending === 0) return false;
      cancelIdleCallback(pending);
      pending = 0;
      return true;
    },
  };
}

/** How long after the last scroll or drag move the window counts as still: a wheel's steps come closer than this. */
const STILL_MS = 150;
/** When the window last scrolled, or a pointer moved with a button held (a drag). */
let lastMoved = -Infinity;

/** Follows the scrolls and drags of `target` (the window; a test's own target). */
export function followMoves(target: EventTarget): void {
  const moved = () => {
    lastMoved = performance.now();
  };
  target.addEventListener('scroll', moved, { capture: true, passive: true });
  target.addEventListener('pointermove', (event) => (event as PointerEvent).buttons && moved(), { capture: true, passive: true });
}
if (typeof window !== 'undefined') followMoves(window);

/** Runs `steps` until they are done (true) or `until` (a performance.now() time) has passed (false); at least one step. */
export function stepUntil(steps: Iterator<unknown>, until: number): boolean {
  do if (steps.next().done) return true;
  while (performance.now() < until);
  return false;
}

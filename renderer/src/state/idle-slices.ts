/**
 * Background work (a first check, freezing a loaded project) done a few milliseconds at a time while the window is
 * idle: between frames and input, so a scroll or a drag never shares its frame with it. A window that is never idle
 * still gets a slice every `waitMs`.
 */
export function inIdleSlices(step: (until: number) => boolean, sliceMs: number, waitMs: number): { readonly stop: () => boolean } {
  let pending = 0;
  const goOn = (deadline: IdleDeadline) => {
    pending = 0;
    const budget = deadline.didTimeout ? sliceMs : Math.min(sliceMs, deadline.timeRemaining());
    if (!step(performance.now() + budget)) pending = requestIdleCallback(goOn, { timeout: waitMs });
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

/** Runs `steps` until they are done (true) or `until` (a performance.now() time) has passed (false); at least one step. */
export function stepUntil(steps: Iterator<unknown>, until: number): boolean {
  do if (steps.next().done) return true;
  while (performance.now() < until);
  return false;
}

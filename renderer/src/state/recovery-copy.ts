/**
 * Feeds the recovery copy: each undo step's patches (a few bytes) go to the main process a second after a change,
 * which rebuilds and writes the project there; the window never serialises the whole project.
 */
import type { Patch } from 'immer';
import { isDirty, type History } from '../../../shared/edits/history.ts';
import { useProjectStore } from './store.ts';

/** "A second or two after each change": changes within it go together, a long drag still gets written. */
export const RECOVERY_DELAY_MS = 1000;

let opening: number | null = null;
let sequence = 0;
let pending: Patch[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;
let sending: Promise<void> = Promise.resolve();
/** A batch was lost on the way (a refused call): the next one carries the whole project, so the copy cannot drift. */
let sendWhole = false;

/** The patches that turned `before` into `after`: a new step done or redone, or the last one undone. */
function patchesBetween(before: History, after: History): readonly Patch[] {
  const lastBefore = before.past.at(-1);
  const lastAfter = after.past.at(-1);
  if (lastAfter && lastAfter !== lastBefore) return lastAfter.patches;
  if (lastBefore && after.future[0] === lastBefore) return lastBefore.inversePatches;
  return [];
}

async function send(): Promise<void> {
  timer = null;
  const batch = { opening, patches: pending };
  pending = [];
  if (batch.opening === null) return;
  const { project, history } = useProjectStore.getState();
  const unsaved = isDirty(history);
  const whole = { opening: batch.opening, sequence, patches: [], project: project!, unsaved };
  try {
    let answer = await window.regie.recordChanges(sendWhole && project ? whole : { opening: batch.opening, sequence, patches: batch.patches, unsaved });
    // The copy in the main process and this window disagreed: it gets the whole project once, then changes again.
    if (answer === 'resend' && project) answer = await window.regie.recordChanges(whole);
    sendWhole = false;
    if (answer !== 'ignored' && batch.opening === opening) sequence += 1;
  } catch {
    sendWhole = true;
  }
}

function schedule(): void {
  if (timer !== null) return;
  timer = setTimeout(() => {
    sending = sending.then(send);
  }, RECOVERY_DELAY_MS);
}

/** A project was opened (its opening's number from main): its changes are followed from now on. */
export function followOpening(next: number | undefined): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  opening = next ?? null;
  sequence = 0;
  pending = [];
  sendWhole = false;
}

useProjectStore.subscribe((state, previous) => {
  if (opening === null || state.history === previous.history) return;
  const patches = patchesBetween(previous.history, state.history);
  const becameSaved = isDirty(previous.history) && !isDirty(state.history);
  if (patches.length === 0 && !becameSaved) return;
  pending.push(...patches);
  schedule();
});

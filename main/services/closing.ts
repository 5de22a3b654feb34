/**
 * Main and window agree on closing: when the window is closed or the app quits, main asks the window, which settles
 * unsaved work (Save / Don't save / Cancel) and says when it may go; a cancelled close simply never comes back.
 */
export interface ClosingDeps {
  /** Asks the window to settle its unsaved work (sends it the 'close' command). */
  readonly askWindow: () => void;
  readonly closeWindow: () => void;
  readonly quit: () => void;
}

export interface Closing {
  /** The window's close button, or quitting: true when it may go ahead now, false when the window was asked first. */
  requested(quitting: boolean): boolean;
  /** The window agreed (nothing unsaved, saved, or "Don't save"). */
  confirmed(): void;
  /** The window's page is gone (crashed, never loaded): there is nobody to ask, nothing to lose by waiting. */
  windowGone(): void;
}

export function createClosing(deps: ClosingDeps): Closing {
  let agreed = false;
  let quitting = false;
  return {
    requested(quit) {
      if (agreed) return true;
      quitting = quit;
      deps.askWindow();
      return false;
    },
    confirmed() {
      agreed = true;
      if (quitting) deps.quit();
      else deps.closeWindow();
    },
    windowGone() {
      agreed = true;
    },
  };
}

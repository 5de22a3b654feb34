import { describe, expect, it } from 'vitest';
import { createClosing } from '../../../main/services/closing.ts';

function shell() {
  const said: string[] = [];
  const closing = createClosing({ askWindow: () => said.push('ask'), closeWindow: () => said.push('close'), quit: () => said.push('quit') });
  return { closing, said };
}

describe('closing the window', () => {
  it('asks the window first, and closes only once it agrees', () => {
    const { closing, said } = shell();
    expect(closing.requested(false)).toBe(false);
    expect(said).toEqual(['ask']);
    closing.confirmed();
    expect(said).toEqual(['ask', 'close']);
    expect(closing.requested(false)).toBe(true);
  });

  it('stays open when the window never agrees (the user cancelled), and asks again next time', () => {
    const { closing, said } = shell();
    expect(closing.requested(false)).toBe(false);
    expect(closing.requested(false)).toBe(false);
    expect(said).toEqual(['ask', 'ask']);
  });

  it('quits after the window agrees, when quitting started it', () => {
    const { closing, said } = shell();
    expect(closing.requested(true)).toBe(false);
    closing.confirmed();
    expect(said).toEqual(['ask', 'quit']);
    expect(closing.requested(true)).toBe(true);
  });

  it('does not wait for a window whose page is gone', () => {
    const { closing, said } = shell();
    closing.windowGone();
    expect(closing.requested(false)).toBe(true);
    expect(said).toEqual([]);
  });
});

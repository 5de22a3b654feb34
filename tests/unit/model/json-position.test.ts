import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBreakPosition } from '../../../shared/model/document.ts';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** JSON text with one character dropped, doubled or replaced: the damage a bad copy or a hand edit does. */
const damagedJson = fc
  .tuple(fc.json(), fc.nat(), fc.constantFrom('drop', 'double', ',', '"', '}', ']', ':', 'x', '\n'))
  .map(([text, at, damage]) => {
    const i = at % (text.length + 1);
    if (damage === 'drop') return text.slice(0, i) + text.slice(i + 1);
    if (damage === 'double') return text.slice(0, i) + text.slice(i, i + 1) + text.slice(i);
    return text.slice(0, i) + damage + text.slice(i + 1);
  });

describe('finding where JSON breaks', () => {
  it('finds no break in any JSON that JSON.stringify writes', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => jsonBreakPosition(JSON.stringify(value, null, 2)) === -1));
  });

  it('agrees with JSON.parse on damaged text, and points inside it', () => {
    fc.assert(
      fc.property(damagedJson, (text) => {
        const position = jsonBreakPosition(text);
        expect(position === -1).toBe(parses(text));
        if (position >= 0) expect(position).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});

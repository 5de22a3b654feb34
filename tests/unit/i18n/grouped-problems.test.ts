/** The open report: a problem repeated at many paths is one line; problems at rows or without a path stay apart. */
import { describe, expect, it } from 'vitest';
import { createI18n, describeProblems } from '../../../shared/i18n/index.ts';
import type { Problem } from '../../../shared/problems.ts';

const en = createI18n('en').t;
const fr = createI18n('fr').t;

describe('repeated problems', () => {
  it('says an unknown field in every room once, naming the first three paths', () => {
    const problems: Problem[] = Array.from({ length: 5 }, (_, i) => ({ code: 'model:repaired.unknownField', path: `rooms[${i}].colour`, value: `"#${i}"` }));
    expect(describeProblems(en, problems)).toEqual([
      'rooms[…].colour: this field is not part of the Régie format: it was left out and will not be saved. If the file comes from a newer Régie, update Régie instead of saving over it. (5 times: rooms[0].colour, rooms[1].colour, rooms[2].colour, …)',
    ]);
    expect(describeProblems(fr, problems.slice(0, 2))[0]).toMatch(/\(2 fois : rooms\[0\]\.colour, rooms\[1\]\.colour\)$/);
  });

  it('keeps apart what differs: the message, the field, the row, or a problem without a path', () => {
    const problems: Problem[] = [
      { code: 'model:field.positive', path: 'sessions[0].durationMinutes', value: '0' },
      { code: 'model:field.positive', path: 'sessions[1].durationMinutes', value: '-5' },
      { code: 'model:field.positive', path: 'rooms[0].capacity', value: '0' },
      { code: 'model:open.notFound', file: 'a.regie' },
      { code: 'model:open.notFound', file: 'a.regie' },
      { code: 'participants:import.blankSkipped', file: 'list.csv', row: 3, path: 'email' },
      { code: 'participants:import.blankSkipped', file: 'list.csv', row: 4, path: 'email' },
    ];
    expect(describeProblems(en, problems)).toHaveLength(7);
  });
});

/** Small poster halls for the tests: a row of double-sided boards, posters of a few themes, people to present them. */
import { CURRENT_VERSION, projectSchema, type Project, type ProjectInput } from '../../../shared/model/schema.ts';

type HallInput = NonNullable<ProjectInput['posterHall']>;
type BoardInput = NonNullable<HallInput['boards']>[number];
type PosterInput = NonNullable<HallInput['posters']>[number];

/** `count` double-sided boards in one row, 2 m apart, walked from the entrance at the left; `prime` lists prime board numbers. */
export function row(count: number, prime: readonly number[] = [], y = 3): BoardInput[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `b${i + 1}`,
    number: i + 1,
    x: 2 + i * 2,
    y,
    prime: prime.includes(i + 1),
    faces: [{ id: `b${i + 1}-A`, side: 'A' as const }, { id: `b${i + 1}-B`, side: 'B' as const }],
  }));
}

export const poster = (id: string, themeId: string | null, extra: Partial<PosterInput> = {}): PosterInput => ({
  id, title: `Poster ${id}`, themeId, presenters: [], ...extra,
});

export function hall(boards: BoardInput[], posters: PosterInput[], extra: Partial<ProjectInput> = {}): Project {
  return projectSchema.parse({
    format: 'regie-project',
    version: CURRENT_VERSION,
    event: { name: 'Test event', days: [{ date: '2025-10-14' }] },
    themes: [
      { id: 'red', name: 'Rouge', color: '#dd0000' },
      { id: 'blue', name: 'Bleu', color: '#0000dd' },
      { id: 'green', name: 'Vert', color: '#00aa00' },
    ],
    people: [
      { id: 'ada', firstName: 'Ada', lastName: 'Lovelace' },
      { id: 'alan', firstName: 'Alan', lastName: 'Turing' },
      { id: 'grace', firstName: 'Grace', lastName: 'Hopper' },
    ],
    posterHall: { width: 40, depth: 10, entrances: [{ x: 0, y: 3 }], boards, posters },
    ...extra,
  });
}

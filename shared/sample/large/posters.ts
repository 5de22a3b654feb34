/** The poster hall of a large synthetic event: a zone of double-sided boards per theme, prime boards first. */
import { posterHallSchema, type Person, type PosterBoardInput, type PosterHall, type PosterInput, type Theme } from '../../model/schema.ts';
import type { Random } from '../random.ts';

const HIGHLIGHTED_PER_THEME = 3;
const PRIME_BOARDS_PER_ZONE = 2;
const WORDS = ['Modèles', 'Données', 'Apprentissage', 'Évaluation', 'Simulation', 'Imagerie', 'Suivi', 'Prédiction'] as const;
const SUBJECTS = ['du risque cardiaque', 'des parcours de soins', 'de l’EEG', 'en oncologie', 'des cohortes', 'à l’hôpital', 'en réanimation', 'du sommeil'] as const;

export function largePosterHall(count: number, themes: readonly Theme[], people: readonly Person[], roomId: string | null, random: Random): PosterHall {
  const byTheme = themes.map((theme) => ({ theme, posters: [] as PosterInput[] }));
  for (let index = 0; index < count; index++) {
    const zone = byTheme[index % byTheme.length];
    if (!zone) break;
    zone.posters.push({
      id: `poster-${String(index + 1).padStart(4, '0')}`,
      title: `${random.pick(WORDS)} ${random.pick(SUBJECTS)} (${index + 1})`,
      presenters: people.length > 0 ? [random.pick(people).id] : [],
      project: `PROJET-${random.int(1, 17)}`,
      themeId: zone.theme.id,
      highlighted: zone.posters.length < HIGHLIGHTED_PER_THEME,
      boardFaceId: null,
      assumed: [],
    });
  }
  const boards: PosterBoardInput[] = [];
  byTheme.forEach(({ theme, posters }, row) => {
    // One spare board per zone leaves room for late posters.
    const boardCount = Math.ceil(posters.length / 2) + 1;
    for (let position = 0; position < boardCount; position++) {
      const number = boards.length + 1;
      const id = `board-${String(number).padStart(4, '0')}`;
      boards.push({
        id,
        number,
        zone: theme.name,
        x: 3 + position * 3,
        y: 3 + row * 5,
        prime: position < PRIME_BOARDS_PER_ZONE,
        faces: [{ id: `${id}-A`, side: 'A' }, { id: `${id}-B`, side: 'B' }],
      });
    }
    const faces = boards.slice(boards.length - boardCount).flatMap((board) => board.faces);
    // A few posters arrive late and are not on a board yet.
    posters.forEach((poster, index) => {
      poster.boardFaceId = index < HIGHLIGHTED_PER_THEME || !random.chance(0.02) ? (faces[index]?.id ?? null) : null;
    });
  });
  const width = Math.max(10, ...boards.map((b) => (b.x ?? 0) + 3));
  return posterHallSchema.parse({ roomId, width, depth: 3 + byTheme.length * 5, boards, posters: byTheme.flatMap((zone) => zone.posters) });
}

/**
 * The poster hall in the grand hall: 20 double-sided boards in four theme rows, the two boards of each row
 * nearest the entrance wall are prime spots; 35 posters (titles synthetic, assumed), 12 highlighted = 3 per theme.
 * Boards are numbered in walking order: the rows are walked as a snake from the entrance.
 */
import { posterHallSchema, type PosterBoardInput, type PosterHall, type PosterInput } from '../model/schema.ts';
import { syntheticIds } from './people.ts';
import { projectOf } from './projects.ts';
import { ROOM, THEMES } from './venues.ts';

const BOARDS_PER_ZONE = 5;
const PRIME_BOARDS_PER_ZONE = 2;
const HIGHLIGHTED_PER_THEME = 3;

/** Synthetic poster titles (assumed), nine per theme but eight for the last: 35 in all. */
const TITLES: readonly (readonly string[])[] = [
  [
    'Trajectoires de soins et cohortes hospitalières : un entrepôt pour la médecine de précision',
    'Prédire la rechute à partir de dossiers patients longitudinaux',
    'Modèles à effets mixtes pour le suivi du diabète de type 2',
    'Alignement temporel de données de vie réelle hétérogènes',
    'Données manquantes dans les cohortes : imputation multiple et incertitude',
    'Biomarqueurs dynamiques de l’insuffisance cardiaque',
    'Représentations apprises de parcours de soins',
    'Exposome et santé : relier capteurs et cohortes',
    'Survie et événements récurrents en oncologie pédiatrique',
  ],
  [
    'Débruitage de l’ECG ambulatoire par apprentissage auto-supervisé',
    'Segmentation d’IRM cérébrale robuste aux changements de scanner',
    'De l’échographie ultrarapide à l’image fonctionnelle du cerveau',
    'Détection précoce des crises d’épilepsie à partir de l’EEG',
    'Explicabilité des réseaux de neurones en imagerie thoracique',
    'Fusion d’images et de signaux pour le suivi de la grossesse',
    'Qualité du signal PPG dans les objets connectés',
    'Reconstruction tomographique guidée par les données',
    'Annotation semi-automatique de lames histologiques',
  ],
  [
    'Jumeaux numériques organisationnels pour les urgences',
    'Un jumeau numérique cardiaque pour planifier l’ablation',
    'Calibrer un jumeau de patient avec peu de données',
    'Simulation de la ventilation mécanique en réanimation',
    'Jumeau numérique du foie : de la biopsie au modèle',
    'Incertitudes et validation des jumeaux numériques en santé',
    'Optimiser les flux patients au bloc opératoire',
    'Jumeau numérique de la marche pour la rééducation',
    'Modèles mécanistes et apprentissage : une approche hybride',
  ],
  [
    'Apprentissage fédéré entre CHU : retour d’expérience avec Fed-BioMed',
    'Confidentialité différentielle pour les données de santé',
    'Attaques par inférence d’appartenance sur des modèles cliniques',
    'Données synthétiques et protection de la vie privée',
    'Agrégation robuste face aux centres hétérogènes',
    'Chiffrement homomorphe pour l’analyse de cohortes',
    'Gouvernance des données dans un réseau fédéré',
    'Personnalisation locale de modèles fédérés',
  ],
];

/** Boards and their faces: zone k is a row running away from the entrance, its first boards are prime. */
function boards(): PosterBoardInput[] {
  return THEMES.flatMap((theme, zone) =>
    Array.from({ length: BOARDS_PER_ZONE }, (_, position) => {
      // Every other row is walked back towards the entrance wall.
      const number = zone * BOARDS_PER_ZONE + (zone % 2 === 0 ? position + 1 : BOARDS_PER_ZONE - position);
      const id = `board-${String(number).padStart(2, '0')}`;
      return {
        id,
        number,
        zone: theme.name,
        x: 4 + position * 6,
        y: 3 + zone * 4,
        prime: position < PRIME_BOARDS_PER_ZONE,
        faces: [
          { id: `${id}-A`, side: 'A' as const },
          { id: `${id}-B`, side: 'B' as const },
        ],
      };
    }),
  );
}

function posters(hallBoards: readonly PosterBoardInput[]): PosterInput[] {
  const presenters = syntheticIds('poster-presenter');
  let count = 0;
  return THEMES.flatMap((theme, zone) => {
    const zoneFaces = hallBoards.slice(zone * BOARDS_PER_ZONE, (zone + 1) * BOARDS_PER_ZONE).flatMap((board) => board.faces);
    return (TITLES[zone] ?? []).map((title, index) => {
      const number = ++count;
      return {
        id: `poster-${String(number).padStart(2, '0')}`,
        title,
        presenters: [presenters[number - 1] as string],
        project: projectOf(zone, index),
        themeId: theme.id,
        // The committee's choice is the seed's fact (3 per theme); which three is assumed.
        highlighted: index < HIGHLIGHTED_PER_THEME,
        // Faces fill in order, so the highlighted three land on the prime boards near the entrance.
        boardFaceId: zoneFaces[index]?.id ?? null,
        assumed: ['title', 'presenters', 'project', 'highlighted'],
      };
    });
  });
}

export function samplePosterHall(): PosterHall {
  const hallBoards = boards();
  // The hall's size and entrance are not in the seed text: assumed, like the boards' positions.
  return posterHallSchema.parse({
    roomId: ROOM.hall,
    width: 32,
    depth: 17,
    entrances: [{ x: 0, y: 1.5, width: 2.5, label: 'Entrée / Entrance' }],
    zones: [{ x: 26, y: 0.3, width: 5, depth: 1.5, name: 'Café / Coffee' }],
    boards: hallBoards,
    posters: posters(hallBoards),
  });
}

/** A small event with the registration options of the reference event, for import tests. */
import { projectSchema, type Project } from '../../../shared/model/schema.ts';

export function eventWithOptions(): Project {
  return projectSchema.parse({
    format: 'regie-project',
    version: 2,
    event: {
      name: 'Journées annuelles du PEPR Santé Numérique',
      locale: 'fr',
      days: [{ date: '2025-10-14' }, { date: '2025-10-15' }],
      registrationOptions: [
        { id: 'day-1', label: 'Mardi 14 octobre', kind: 'day', day: '2025-10-14' },
        { id: 'day-2', label: 'Mercredi 15 octobre', kind: 'day', day: '2025-10-15' },
        { id: 'evening', label: 'Soirée au Palais de la Bourse', kind: 'social-evening' },
        { id: 'tour', label: 'Visite guidée du Palais', kind: 'tour' },
        { id: 'ws-1', label: 'Atelier 1 — Ingénierie et recherche', kind: 'workshop' },
        { id: 'ws-2', label: 'Atelier 2 — Financements Horizon Europe', kind: 'workshop' },
        { id: 'ws-3', label: 'Atelier 3 — Jumeaux numériques organisationnels', kind: 'workshop' },
      ],
    },
  });
}

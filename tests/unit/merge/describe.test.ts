/** What the review lists from their copy, as an organiser reads it, in French and English. */
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n/index.ts';
import { describeChange, mergeProjects } from '../../../shared/merge/index.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { sessionOf, twoVenueEvent } from '../../fixtures/project.ts';

const base = twoVenueEvent();
const theirs = produce(base, (d) => {
  sessionOf(d as Project, 'open-science').slot = { roomId: 'amphi-a', day: '2025-10-15', start: '14:00' };
  d.rooms[1]!.capacity = 60;
  d.themes.push({ id: 'jumeaux', name: 'Jumeaux numériques', color: '#000000', assumed: [] });
  d.sessions = d.sessions.filter((s) => s.id !== 'cocktail');
});
const { fromTheirs } = mergeProjects({ base, mine: base, theirs });
const said = (lang: 'fr' | 'en') => fromTheirs.map((change) => describeChange(createI18n(lang).t, change, [theirs, base]));

describe('describeChange', () => {
  it('says in English what comes from their copy, naming things as the plan does', () => {
    expect(said('en')).toEqual([
      'Room “Salle 1”: capacity changed from 40 to 60',
      'Theme “Jumeaux numériques”: added',
      'Keynote “Reproductibilité et science ouverte” moved from the backlog to Amphi A, Wednesday 15 October at 14:00',
      'Social event “Cocktail”: removed',
    ]);
  });

  it('says it in French', () => {
    expect(said('fr')).toEqual([
      'La salle « Salle 1 » : capacité passe de 40 à 60',
      'Le thème « Jumeaux numériques » : ajout',
      'Conférence invitée « Reproductibilité et science ouverte » change de place : la réserve → Amphi A, mercredi 15 octobre à 14:00',
      'Soirée « Cocktail » : suppression',
    ]);
  });
});

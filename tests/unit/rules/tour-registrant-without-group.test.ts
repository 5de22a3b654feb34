/** People registered for a tour but in none of its groups: one warning per tour, with the count and where to go. */
import { describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../../shared/model/schema.ts';
import { found, projectWith, session } from './small-projects.ts';

type GroupInput = NonNullable<ProjectInput['tours']>[number]['groups'];

const person = (id: string, registrations: string[]) => ({ id, lastName: `Nom ${id}`, email: `${id}@x.fr`, registrations });

const toursPlan = (groups: GroupInput, participants = [person('a', ['visit-option']), person('b', ['visit-option']), person('c', ['visit-option']), person('d', [])]) =>
  projectWith({
    event: {
      name: 'Test event',
      days: [{ date: '2025-10-14' }],
      registrationOptions: [
        { id: 'visit-option', label: 'Visite du Palais', kind: 'tour', sessionId: 'visit' },
        { id: 'evening', label: 'Soirée', kind: 'social-evening', sessionId: 'visit' },
      ],
    },
    sessions: [session('visit', 'r1', '19:00', 120, { kind: 'social' }), session('other-visit', 'r2', '19:00', 120, { kind: 'social' })],
    participants,
    tours: [
      { id: 't', name: 'Visite du Palais', sessionId: 'visit', groups },
      { id: 'u', name: 'Autre visite', sessionId: 'other-visit', groups: [{ id: 'u1', name: 'Groupe U', participantIds: ['b'] }] },
    ],
  });

describe('tour registrants in no group', () => {
  it('warns once per tour with the count of people left out, naming them as the items', () => {
    const [conflict, ...more] = found(toursPlan([{ id: 'g1', name: 'Groupe 1', participantIds: ['a', 'd'] }]), 'tour-registrant-without-group');
    expect(more).toEqual([]);
    expect(conflict!.severity).toBe('warning');
    // b is in a group, but of another tour: still left out of this one.
    expect(conflict!.items).toEqual([{ kind: 'participant', id: 'b' }, { kind: 'participant', id: 'c' }]);
    expect(conflict!.en).toBe('2 people registered for “Visite du Palais” are in none of its groups: nobody will guide them. Open the Tours view to share them out among the groups.');
    expect(conflict!.fr).toBe('2 personnes inscrites à « Visite du Palais » ne sont dans aucun de ses groupes : personne ne les guidera. Ouvrez la vue Visites pour les répartir dans les groupes.');
  });

  it('speaks of one person in the singular', () => {
    const [conflict] = found(toursPlan([{ id: 'g1', name: 'Groupe 1', participantIds: ['a', 'b'] }]), 'tour-registrant-without-group');
    expect(conflict!.items).toEqual([{ kind: 'participant', id: 'c' }]);
    expect(conflict!.en).toBe('1 person registered for “Visite du Palais” is in none of its groups: nobody will guide them. Open the Tours view to put them in a group.');
    expect(conflict!.fr).toContain('1 personne inscrite à « Visite du Palais » n’est dans aucun de ses groupes');
  });

  it('counts everyone registered when the tour has no group yet', () => {
    expect(found(toursPlan([]), 'tour-registrant-without-group')[0]!.params).toMatchObject({ count: 3, tour: 'Visite du Palais' });
  });

  it('says nothing when every registrant has a group, or when nobody registered through a tour option', () => {
    expect(found(toursPlan([{ id: 'g1', name: 'Groupe 1', participantIds: ['a'] }, { id: 'g2', name: 'Groupe 2', participantIds: ['b', 'c'] }]), 'tour-registrant-without-group')).toEqual([]);
    // Registered for the evening of the same session, not for the tour: not expected in a group.
    expect(found(toursPlan([], [person('e', ['evening'])]), 'tour-registrant-without-group')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { applyEdit, EditRejected } from '../../../shared/edits/index.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { eventWithOptions } from '../../fixtures/project.ts';

function withPeople(): Project {
  const base = eventWithOptions();
  const person = (id: string, lastName: string, email: string) => ({
    id, firstName: '', lastName, email, affiliation: '', role: '', language: 'fr', registrations: [], companionIds: [],
    diet: 'none' as const, allergies: '', accessibility: '', stepFree: false, otherLanguages: [], notes: '', importedValues: {}, toCheck: [],
  });
  return {
    ...base,
    participants: [{ ...person('a', 'Durand', 'a@x.fr'), companionIds: ['b'] }, { ...person('b', 'Bernard', 'b@x.fr'), companionIds: ['a'] }],
    tours: [{ id: 't', name: 'Visite', sessionId: null, venueId: null, groupSizeLimit: 30, tourMinutes: 45, intervalMinutes: 15, meetingPoint: '', optionId: null, earliestDeparture: null, latestReturn: null, guides: [], assumed: [], groups: [{ id: 'g', name: 'G1', guideId: null, language: 'fr', departure: null, participantIds: ['a', 'b'], pinned: false, pinnedParticipantIds: [] }] }],
  };
}

function rejection(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof EditRejected) return error.code;
    throw error;
  }
  return 'accepted';
}

describe('participant edits', () => {
  it('edits a field and refuses an empty name, a bad e-mail or one already used', () => {
    const project = withPeople();
    const next = applyEdit(project, { type: 'participants/update', payload: { id: 'a', changes: { affiliation: 'Inria', diet: 'vegan' } } });
    expect(next.participants[0]).toMatchObject({ affiliation: 'Inria', diet: 'vegan' });
    expect(rejection(() => applyEdit(project, { type: 'participants/update', payload: { id: 'a', changes: { lastName: ' ' } } }))).toBe('participants:edit.lastNameRequired');
    expect(rejection(() => applyEdit(project, { type: 'participants/update', payload: { id: 'a', changes: { email: 'nope' } } }))).toBe('participants:edit.emailInvalid');
    // The same rule as an imported list: an address the import would reject is refused by hand too.
    expect(rejection(() => applyEdit(project, { type: 'participants/update', payload: { id: 'a', changes: { email: 'a@inria.f' } } }))).toBe('participants:edit.emailInvalid');
    expect(rejection(() => applyEdit(project, { type: 'participants/update', payload: { id: 'a', changes: { email: ' B@X.fr' } } }))).toBe('participants:edit.emailTaken');
    expect(rejection(() => applyEdit(project, { type: 'participants/update', payload: { id: 'zz', changes: { notes: 'x' } } }))).toBe('participants:edit.unknownParticipant');
  });

  it('edits the step-free route and other languages, and refuses a language that is not a code', () => {
    const project = withPeople();
    const next = applyEdit(project, { type: 'participants/update', payload: { id: 'a', changes: { stepFree: true, otherLanguages: ['en', 'de'] } } });
    expect(next.participants[0]).toMatchObject({ stepFree: true, otherLanguages: ['en', 'de'] });
    expect(rejection(() => applyEdit(project, { type: 'participants/update', payload: { id: 'a', changes: { otherLanguages: ['Klingon'] } } }))).toBe('participants:edit.unknownLanguage');
  });

  it('deletes a person from the list, from companions and from tour groups', () => {
    const next = applyEdit(withPeople(), { type: 'participants/delete', payload: { ids: ['a'] } });
    expect(next.participants.map((p) => p.id)).toEqual(['b']);
    expect(next.participants[0]!.companionIds).toEqual([]);
    expect(next.tours[0]!.groups[0]!.participantIds).toEqual(['b']);
  });

  it('saves a mapping by name, replacing one of the same name', () => {
    let project = applyEdit(withPeople(), { type: 'participants/saveMapping', payload: { mapping: { name: 'Sciencesconf', columns: { email: 'Mail' } } } });
    project = applyEdit(project, { type: 'participants/saveMapping', payload: { mapping: { name: 'Sciencesconf', columns: { email: 'Courriel' } } } });
    expect(project.settings.importMappings).toEqual([{ name: 'Sciencesconf', columns: { email: 'Courriel' } }]);
  });
});

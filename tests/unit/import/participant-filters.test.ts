import { describe, expect, it } from 'vitest';
import { countsPerOption, distinctValues, filterParticipants, NO_FILTERS } from '../../../renderer/src/features/participants/participant-filters.ts';
import type { Participant } from '../../../shared/model/schema.ts';
import { eventWithOptions } from './event.ts';

const person = (id: string, firstName: string, lastName: string, email: string, affiliation: string, extra: Partial<Participant> = {}): Participant => ({
  id, firstName, lastName, email, affiliation, role: '', language: 'fr', registrations: [], companionIds: [], diet: 'none', allergies: '', accessibility: '', stepFree: false, otherLanguages: [], notes: '', importedValues: {}, toCheck: [], ...extra,
});

const people = [
  person('1', 'Aurélie', 'Zéphyrin', 'aurelie.zephyrin@univ-lille.fr', 'Université de Lille', { registrations: ['evening', 'tour'], role: 'Doctorante' }),
  person('2', 'Basile', 'Quintard', 'basile@inria.fr', 'Inria', { registrations: ['evening'], language: 'en', diet: 'vegan' }),
  person('3', 'Capucine', 'Ozanne', 'capucine@inserm.fr', 'Inserm', { toCheck: ['registration:evening'] }),
];

describe('participants list search and filters', () => {
  it('finds people by name (accents aside, either order), e-mail or affiliation', () => {
    const ids = (search: string) => filterParticipants(people, { ...NO_FILTERS, search }).map((p) => p.id);
    expect(ids('zephyrin')).toEqual(['1']);
    expect(ids('Zéphyrin Aur')).toEqual(['1']);
    expect(ids('basile@inria.fr')).toEqual(['2']);
    expect(ids('inserm')).toEqual(['3']);
    expect(ids('univ lille')).toEqual(['1']);
    expect(ids('nobody')).toEqual([]);
    expect(ids('')).toEqual(['1', '2', '3']);
  });

  it('filters by registration, affiliation, role, language, diet and "to check", and counts per option', () => {
    const ids = (filters: Partial<typeof NO_FILTERS>) => filterParticipants(people, { ...NO_FILTERS, ...filters }).map((p) => p.id);
    expect(ids({ registration: 'evening' })).toEqual(['1', '2']);
    expect(ids({ registration: 'evening', language: 'en' })).toEqual(['2']);
    expect(ids({ diet: 'vegan' })).toEqual(['2']);
    expect(ids({ role: 'Doctorante' })).toEqual(['1']);
    expect(ids({ affiliation: 'Inserm' })).toEqual(['3']);
    expect(ids({ toCheck: true })).toEqual(['3']);
    expect(distinctValues(people, 'affiliation')).toEqual(['Inria', 'Inserm', 'Université de Lille']);
    const counts = countsPerOption(people, eventWithOptions().event.registrationOptions);
    expect(counts.filter((c) => c.count > 0).map((c) => [c.option.id, c.count])).toEqual([['evening', 2], ['tour', 1]]);
  });

  // How fast it is, the benchmarks measure (tests/bench/participants.bench.ts).
  it('finds the one person searched for among 10,000', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => person(`p${i}`, `Prénom${i}`, `Nom${i}`, `p${i}@example.org`, `Labo ${i % 50}`));
    const found = filterParticipants(many, { ...NO_FILTERS, search: 'nom9999' });
    expect(found.map((p) => p.id)).toEqual(['p9999']);
  });
});

/** Names by id, made once for all the tours (thousands of participants): the view never shows an id. */
import { fullName } from '../../../../shared/model/people.ts';
import type { Participant, Person } from '../../../../shared/model/schema.ts';

export interface Names {
  readonly people: ReadonlyMap<string, string>;
  readonly participants: ReadonlyMap<string, Participant>;
}

export const namesOf = (people: readonly Person[], participants: readonly Participant[]): Names => ({
  people: new Map(people.map((p) => [p.id, fullName(p)])),
  participants: new Map(participants.map((p) => [p.id, p])),
});

export const participantName = (names: Names, id: string): string => {
  const participant = names.participants.get(id);
  return participant ? fullName(participant) : '—';
};

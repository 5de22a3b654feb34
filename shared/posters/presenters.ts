/** Presenters are people of the project: shown by name everywhere, never by id. */
import type { Person, Poster } from '../model/schema.ts';
import { fullName } from '../model/people.ts';

/** "Ada Lovelace, Alan Turing"; an id no person has any more is shown as it is, so nothing silently disappears. */
export function presenterNames(poster: Pick<Poster, 'presenters'>, people: ReadonlyMap<string, Person>, separator = ', '): string {
  return poster.presenters.map((id) => {
    const person = people.get(id);
    return person ? fullName(person) : id;
  }).join(separator);
}

export const peopleById = (people: readonly Person[]): Map<string, Person> => new Map(people.map((p) => [p.id, p]));

/** How a person is named, sorted and told apart: the same for speakers, participants, guides and presenters. */
import type { Participant, Person } from './schema.ts';

export const fullName = (who: Pick<Person | Participant, 'firstName' | 'lastName'>): string =>
  [who.firstName, who.lastName].filter((part) => part.trim() !== '').join(' ');

/** French collation for every list of names: É sorts with E, not after Z. */
export const frenchCollator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export const byLastName = (a: Pick<Participant, 'firstName' | 'lastName'>, b: Pick<Participant, 'firstName' | 'lastName'>): number =>
  frenchCollator.compare(a.lastName, b.lastName) || frenchCollator.compare(a.firstName, b.firstName);

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/;

/** One rule for an e-mail address, the same in an imported list and in the participant form. */
export const isEmail = (text: string): boolean => EMAIL.test(text);

/** An e-mail as the key that identifies a person: trimmed, case-insensitive. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Edits of the participants area: the import as one undoable step, editing and deleting people, saved mappings. */
import { current, isDraft, type Draft } from 'immer';
import { DIETS, type Diet, type ImportMapping, type Participant, type Project } from '../model/schema.ts';
import { emailKey, fullName, isEmail } from '../model/people.ts';
import { EditRejected, type EditHandlerMap } from './types.ts';

/** What an organiser may change on a participant by hand: not what the last import gave, so the change is recognised as theirs. */
export type ParticipantChanges = Partial<Omit<Participant, 'id' | 'importedValues'>>;

/** Takes people out of everything that points at them: companions and tour groups. */
function forget(draft: Draft<Project>, ids: ReadonlySet<string>): void {
  draft.participants = draft.participants.filter((p) => !ids.has(p.id));
  for (const p of draft.participants) {
    if (p.companionIds.some((id) => ids.has(id))) p.companionIds = p.companionIds.filter((id) => !ids.has(id));
  }
  forgetInTours(draft, ids);
}

/** The participants as the edit found them, without turning each into a draft (the list's own draft when earlier edits changed it). */
const peopleOf = (draft: Draft<Project>): readonly Participant[] =>
  (isDraft(draft.participants) ? current(draft.participants) : draft.participants) as readonly Participant[];

/**
 * The list after an import: upserts in place by id or added, removed people gone from it and from companions. Frozen
 * itself, so that immer does not walk its 20,000 people to freeze them (the import froze the new ones).
 */
function importedList(before: readonly Participant[], upserts: readonly Participant[], removed: ReadonlySet<string>): readonly Participant[] {
  // Left with the newcomers once everyone already there has been met.
  const coming = new Map(upserts.map((person) => [person.id, person]));
  const list: Participant[] = [];
  for (const person of before) {
    const update = coming.get(person.id);
    if (update) coming.delete(person.id);
    if (!removed.has(person.id)) list.push(update ?? person);
  }
  for (const person of coming.values()) if (!removed.has(person.id)) list.push(person);
  if (removed.size > 0) {
    for (let i = 0; i < list.length; i++) {
      const person = list[i]!;
      if (person.companionIds.some((id) => removed.has(id))) list[i] = Object.freeze({ ...person, companionIds: person.companionIds.filter((id) => !removed.has(id)) });
    }
  }
  return Object.freeze(list);
}

function forgetInTours(draft: Draft<Project>, ids: ReadonlySet<string>): void {
  for (const tour of draft.tours) {
    for (const group of tour.groups) {
      if (group.participantIds.some((id) => ids.has(id))) group.participantIds = group.participantIds.filter((id) => !ids.has(id));
    }
  }
}

export const participantsEdits = {
  /** The result of previewImport: new and changed people put in place by id, people no longer listed removed. */
  'participants/import': (draft, payload: { upserts: readonly Participant[]; removeIds: readonly string[]; mapping?: ImportMapping }) => {
    const removed = new Set(payload.removeIds);
    // One assignment of a new list: the undo step stays one patch, and the 10,000 people are read as they are, never
    // drafted one by one.
    draft.participants = importedList(peopleOf(draft), payload.upserts, removed) as typeof draft.participants;
    if (removed.size > 0) forgetInTours(draft, removed);
    if (payload.mapping) saveMapping(draft, payload.mapping);
  },

  'participants/update': (draft, payload: { id: string; changes: ParticipantChanges }) => {
    const person = draft.participants.find((p) => p.id === payload.id);
    if (!person) throw new EditRejected('participants:edit.unknownParticipant');
    // What the last import gave is the import's to record, even if a caller sends it.
    const { importedValues, ...changes } = payload.changes as ParticipantChanges & Pick<Partial<Participant>, 'importedValues'>;
    if (changes.lastName !== undefined && changes.lastName.trim() === '') throw new EditRejected('participants:edit.lastNameRequired');
    if (changes.diet !== undefined && !(DIETS as readonly string[]).includes(changes.diet)) {
      throw new EditRejected('participants:edit.unknownDiet', { value: changes.diet as Diet });
    }
    const notACode = changes.otherLanguages?.find((code) => !/^[a-z]{2,3}$/.test(code));
    if (notACode !== undefined) throw new EditRejected('participants:edit.unknownLanguage', { value: notACode });
    if (changes.email !== undefined && changes.email.trim() !== '') {
      if (!isEmail(changes.email.trim())) throw new EditRejected('participants:edit.emailInvalid', { value: changes.email });
      const other = draft.participants.find((p) => p.id !== payload.id && p.email && emailKey(p.email) === emailKey(changes.email!));
      if (other) throw new EditRejected('participants:edit.emailTaken', { value: changes.email, name: fullName(other) });
    }
    const registeredBefore = new Set(person.registrations);
    Object.assign(person, changes);
    if (changes.toCheck === undefined && person.toCheck.length > 0) {
      // Editing a field is the organiser's check of it: its mark goes (and comes back with the undo).
      const checked = new Set<string>(Object.keys(changes));
      if (changes.registrations) {
        const after = new Set(changes.registrations);
        for (const id of new Set([...registeredBefore, ...after])) if (registeredBefore.has(id) !== after.has(id)) checked.add(`registration:${id}`);
      }
      person.toCheck = person.toCheck.filter((key) => !checked.has(key));
    }
  },

  'participants/delete': (draft, payload: { ids: readonly string[] }) => {
    forget(draft, new Set(payload.ids));
  },

  'participants/saveMapping': (draft, payload: { mapping: ImportMapping }) => {
    saveMapping(draft, payload.mapping);
  },
} satisfies EditHandlerMap;

/** A mapping saved under a name already used replaces it: one mapping per registration platform. */
function saveMapping(draft: Draft<Project>, mapping: ImportMapping): void {
  const i = draft.settings.importMappings.findIndex((m) => m.name === mapping.name);
  if (i >= 0) draft.settings.importMappings[i] = mapping;
  else draft.settings.importMappings.push(mapping);
}

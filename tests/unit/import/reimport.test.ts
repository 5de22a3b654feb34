/** Importing an updated list later: people updated by e-mail, what organisers did in Régie kept, changes reported. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTableFile } from '../../../main/services/import/read-table.ts';
import { applyEdit } from '../../../shared/edits/index.ts';
import { emptyHistory, perform, undo } from '../../../shared/edits/history.ts';
import { previewImport, prepareImport, type ImportOptions } from '../../../shared/import/index.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { eventWithOptions } from './event.ts';
import { tempFolder } from './files.ts';

const FIRST_LIST = [
  'Nom;Prénom;Courriel;Établissement;Soirée;Visite guidée',
  'Durand;Alice;alice@chu-bordeaux.fr;CHU de Bordeaux;oui;non',
  'Bernard;Bob;bob@inria.fr;Inria;oui;oui',
  'Chevalier;Chloé;chloe@inserm.fr;Inserm;non;oui',
  'Dumas;Dan;dan@cnrs.fr;CNRS;oui;oui',
].join('\n');

// Alice moved and now takes the tour; Chloé and Dan cancelled; Eve registered.
const SECOND_LIST = [
  'Nom;Prénom;Courriel;Établissement;Soirée;Visite guidée',
  'Durand;Alice;ALICE@chu-bordeaux.fr ;Université de Bordeaux;oui;oui',
  'Bernard;Bob;bob@inria.fr;Inria;oui;oui',
  'Evrard;Eve;eve@univ-lille.fr;Université de Lille;non;oui',
].join('\n');

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
});

async function importText(project: Project, name: string, text: string, options: ImportOptions = {}) {
  const path = join(folder, name);
  await writeFile(path, text);
  const read = await readTableFile(path);
  if (!('ok' in read)) throw new Error(JSON.stringify(read.problems));
  const prepared = prepareImport(project, read.table.rows);
  const plan = previewImport(project, read.table.rows, prepared.headerIndex, prepared.targets, options);
  return { plan, edit: { type: 'participants/import' as const, payload: { upserts: plan.upserts, removeIds: plan.removeIds } } };
}

/** The first list imported, then what an organiser does in Régie: a note, an accessibility need, a tour group. */
async function organisedProject(): Promise<Project> {
  let project = eventWithOptions();
  const { edit } = await importText(project, 'first.csv', FIRST_LIST);
  project = applyEdit(project, edit);
  const id = (email: string) => project.participants.find((p) => p.email === email)!.id;
  project = applyEdit(project, { type: 'participants/update', payload: { id: id('alice@chu-bordeaux.fr'), changes: { notes: 'Arrives by the 9:12 train' } } });
  project = applyEdit(project, { type: 'participants/update', payload: { id: id('bob@inria.fr'), changes: { accessibility: 'Wheelchair' } } });
  return {
    ...project,
    tours: [{ id: 'tour-1', name: 'Visite du Palais', sessionId: null, venueId: null, groupSizeLimit: 30, tourMinutes: 45, intervalMinutes: 15, meetingPoint: '', optionId: null, earliestDeparture: null, latestReturn: null, guides: [], assumed: [], groups: [{ id: 'g1', name: 'Groupe 1', guideId: null, language: 'fr', departure: null, participantIds: [id('chloe@inserm.fr'), id('bob@inria.fr')], pinned: false, pinnedParticipantIds: [] }] }],
  };
}

describe('re-importing a changed list', () => {
  it('updates people by e-mail and keeps the manual edits made in between', async () => {
    const before = await organisedProject();
    const { plan, edit } = await importText(before, 'second.csv', SECOND_LIST);
    const after = applyEdit(before, edit);
    expect(plan.summary).toMatchObject({ rowsRead: 3, added: 1, updated: 1, unchanged: 1, missing: 2, removed: 0 });
    const alice = after.participants.find((p) => p.firstName === 'Alice')!;
    expect(alice).toMatchObject({ affiliation: 'Université de Bordeaux', notes: 'Arrives by the 9:12 train', email: 'alice@chu-bordeaux.fr' });
    expect(alice.registrations.toSorted()).toEqual(['evening', 'tour']);
    expect(after.participants.find((p) => p.firstName === 'Bob')!.accessibility).toBe('Wheelchair');
    expect(after.participants.map((p) => p.firstName).toSorted()).toEqual(['Alice', 'Bob', 'Chloé', 'Dan', 'Eve']);
    expect(after.tours[0]!.groups[0]!.participantIds).toEqual(before.tours[0]!.groups[0]!.participantIds);
    const notes = plan.notes.map((n) => [n.level, n.code.replace('participants:import.', ''), n.row ?? null, n.value]);
    expect(notes).toEqual(expect.arrayContaining([
      ['info', 'changed', 2, 'Université de Bordeaux'],
      ['info', 'registrationsChanged', 2, 'evening, tour'],
      ['info', 'added', 4, 'Eve Evrard'],
      ['warning', 'missingInTour', null, 'Chloé Chevalier <chloe@inserm.fr>'],
      ['warning', 'missingKept', null, 'Dan Dumas <dan@cnrs.fr>'],
    ]));
  });

  it('removes people no longer listed only when asked, and never one in a tour group', async () => {
    const before = await organisedProject();
    const { plan, edit } = await importText(before, 'second.csv', SECOND_LIST, { removeMissing: true });
    const after = applyEdit(before, edit);
    expect(plan.summary).toMatchObject({ missing: 2, removed: 1 });
    expect(after.participants.map((p) => p.firstName).toSorted()).toEqual(['Alice', 'Bob', 'Chloé', 'Eve']);
  });

  it('is one undo step that brings back the project as it was', async () => {
    const before = await organisedProject();
    const { edit } = await importText(before, 'second.csv', SECOND_LIST, { removeMissing: true });
    const done = perform(before, emptyHistory(), [edit], 'participants:history.import');
    expect(done.history.past).toHaveLength(1);
    expect(done.project.participants).toHaveLength(4);
    expect(undo(done.project, done.history).project).toEqual(before);
  });

  it('imports the same list twice without changing anyone', async () => {
    const project = applyEdit(eventWithOptions(), (await importText(eventWithOptions(), 'first.csv', FIRST_LIST)).edit);
    const again = await importText(project, 'first-again.csv', FIRST_LIST);
    expect(again.plan.summary).toMatchObject({ added: 0, updated: 0, unchanged: 4, missing: 0 });
    expect(again.plan.upserts).toEqual([]);
  });
});

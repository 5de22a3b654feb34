/** A value corrected in Régie survives re-imports of the list: the file only updates what still says what it gave. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTableFile } from '../../../main/services/import/read-table.ts';
import { applyEdit } from '../../../shared/edits/index.ts';
import { emptyHistory, perform, undo } from '../../../shared/edits/history.ts';
import { createI18n, problemMessage } from '../../../shared/i18n/index.ts';
import { previewImport, prepareImport, reportRows } from '../../../shared/import/index.ts';
import type { Participant, Project } from '../../../shared/model/schema.ts';
import { eventWithOptions } from './event.ts';
import { tempFolder } from './files.ts';

const HEADER = 'Nom;Prénom;Courriel;Établissement;Soirée;Visite guidée';
const FIRST_LIST = [HEADER, 'Dupont;Jean;jean@inria.fr;Inria;oui;non', 'Martin;Léa;lea@cnrs.fr;CNRS;non;oui'].join('\n');
// Jean's affiliation and Léa's tour changed on the platform; the list still misspells Jean's name, now differently.
const CHANGED_LIST = [HEADER, 'Dupond;Jean;jean@inria.fr;Inria Lyon;oui;non', 'Martin;Léa;lea@cnrs.fr;CNRS Paris;non;non'].join('\n');

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
});

async function importText(project: Project, name: string, text: string) {
  const path = join(folder, name);
  await writeFile(path, text);
  const read = await readTableFile(path);
  if (!('ok' in read)) throw new Error(JSON.stringify(read.problems));
  const prepared = prepareImport(project, read.table.rows);
  const plan = previewImport(project, read.table.rows, prepared.headerIndex, prepared.targets);
  return { plan, edit: { type: 'participants/import' as const, payload: { upserts: plan.upserts, removeIds: plan.removeIds } } };
}

const byEmail = (project: Project, email: string): Participant => project.participants.find((p) => p.email === email)!;

/** The first list imported, then the organiser fixes Jean's last name and signs Léa up for the evening by hand. */
async function correctedProject(): Promise<Project> {
  let project = applyEdit(eventWithOptions(), (await importText(eventWithOptions(), 'first.csv', FIRST_LIST)).edit);
  const jean = byEmail(project, 'jean@inria.fr');
  const lea = byEmail(project, 'lea@cnrs.fr');
  project = applyEdit(project, { type: 'participants/update', payload: { id: jean.id, changes: { lastName: 'Dupont-Martin' } } });
  project = applyEdit(project, { type: 'participants/update', payload: { id: lea.id, changes: { registrations: [...lea.registrations, 'evening'] } } });
  return project;
}

const t = createI18n('en').t;

describe('manual edits and re-imports', () => {
  it('remembers what the first import gave, and a hand edit leaves that record alone', async () => {
    const project = await correctedProject();
    const jean = byEmail(project, 'jean@inria.fr');
    expect(jean.lastName).toBe('Dupont-Martin');
    expect(jean.importedValues).toEqual({
      lastName: 'Dupont', firstName: 'Jean', email: 'jean@inria.fr', affiliation: 'Inria', 'registration:evening': 'yes', 'registration:tour': 'no',
    });
    // Even an edit that sends importedValues cannot overwrite it: only imports record what a list said.
    const sneaky = applyEdit(project, { type: 'participants/update', payload: { id: jean.id, changes: { affiliation: 'INRIA', importedValues: {} } as never } });
    expect(byEmail(sneaky, 'jean@inria.fr')).toMatchObject({ affiliation: 'INRIA', importedValues: jean.importedValues });
  });

  it('keeps the manual edits when the same list is imported again, and says so', async () => {
    const before = await correctedProject();
    const { plan, edit } = await importText(before, 'first-again.csv', FIRST_LIST);
    const after = applyEdit(before, edit);
    expect(byEmail(after, 'jean@inria.fr').lastName).toBe('Dupont-Martin');
    expect(byEmail(after, 'lea@cnrs.fr').registrations.toSorted()).toEqual(['evening', 'tour']);
    expect(plan.summary).toMatchObject({ updated: 0, unchanged: 2 });
    expect(plan.upserts).toEqual([]);
    const kept = plan.notes.filter((n) => n.code.startsWith('participants:import.kept'));
    expect(kept.map((n) => [n.level, n.row, n.column, n.value, problemMessage(t, n)])).toEqual([
      ['warning', 2, 'Nom', 'Dupont-Martin', 'Jean Dupont: kept your change “Dupont-Martin” (the list says “Dupont”). If the list is right, correct the value in the participants list.'],
      ['warning', 3, 'Soirée', 'Soirée au Palais de la Bourse', 'Léa Martin: kept your change — registered for “Soirée au Palais de la Bourse” (the list says no). If the list is right, remove the registration in the participants list.'],
    ]);
    const fr = createI18n('fr').t;
    expect(problemMessage(fr, kept[0]!)).toBe('Jean Dupont : votre modification « Dupont-Martin » est gardée (la liste dit « Dupont »). Si la liste a raison, corrigez la valeur dans la liste des participants.');
    expect(reportRows(t, plan.summary, plan.notes)).toContainEqual(['2', 'Nom', 'Dupont-Martin', 'check', problemMessage(t, kept[0]!)]);
  });

  it('keeps the manual edits on a changed list, while the fields not edited follow the file', async () => {
    const before = await correctedProject();
    const { plan, edit } = await importText(before, 'changed.csv', CHANGED_LIST);
    const after = applyEdit(before, edit);
    const jean = byEmail(after, 'jean@inria.fr');
    const lea = byEmail(after, 'lea@cnrs.fr');
    expect(jean).toMatchObject({ lastName: 'Dupont-Martin', affiliation: 'Inria Lyon' });
    expect(lea).toMatchObject({ affiliation: 'CNRS Paris', registrations: ['evening'] });
    expect(plan.summary).toMatchObject({ updated: 2, unchanged: 0 });
    // What this list said is now what the next import compares with.
    expect(jean.importedValues).toMatchObject({ lastName: 'Dupond', affiliation: 'Inria Lyon' });
    expect(lea.importedValues).toMatchObject({ 'registration:evening': 'no', 'registration:tour': 'no' });
    const lines = plan.notes.map((n) => [n.code.replace('participants:import.', ''), n.row, n.column ?? null, n.value]);
    expect(lines).toEqual(expect.arrayContaining([
      ['keptChange', 2, 'Nom', 'Dupont-Martin'],
      ['changed', 2, 'Établissement', 'Inria Lyon'],
      ['keptRegistered', 3, 'Soirée', 'Soirée au Palais de la Bourse'],
      ['registrationsChanged', 3, null, 'evening'],
    ]));
    expect(problemMessage(t, plan.notes.find((n) => n.code === 'participants:import.keptChange')!)).toContain('kept your change “Dupont-Martin” (the list says “Dupond”)');
  });

  it('follows the file again once the list agrees with the correction', async () => {
    const before = await correctedProject();
    const agreeing = FIRST_LIST.replace('Dupont;Jean', 'Dupont-Martin;Jean');
    const first = await importText(before, 'agreeing.csv', agreeing);
    expect(first.plan.notes.filter((n) => n.code === 'participants:import.keptChange')).toEqual([]);
    const synced = applyEdit(before, first.edit);
    expect(byEmail(synced, 'jean@inria.fr').importedValues.lastName).toBe('Dupont-Martin');
    const renamed = await importText(synced, 'renamed.csv', agreeing.replace('Dupont-Martin;Jean', 'Martin-Dupont;Jean'));
    expect(byEmail(applyEdit(synced, renamed.edit), 'jean@inria.fr').lastName).toBe('Martin-Dupont');
  });

  it('updates from the file a person whose values were never imported (a project made before this was remembered)', async () => {
    const imported = await correctedProject();
    const legacy = { ...imported, participants: imported.participants.map((p) => ({ ...p, importedValues: {} })) };
    const after = applyEdit(legacy, (await importText(legacy, 'legacy.csv', FIRST_LIST)).edit);
    expect(byEmail(after, 'jean@inria.fr').lastName).toBe('Dupont');
    expect(byEmail(after, 'lea@cnrs.fr').registrations).toEqual(['tour']);
  });

  it('is undone in one step, bringing back the corrections and what the last import gave', async () => {
    const before = await correctedProject();
    const { edit } = await importText(before, 'changed.csv', CHANGED_LIST);
    const done = perform(before, emptyHistory(), [edit], 'participants:history.import');
    expect(byEmail(done.project, 'jean@inria.fr').importedValues.lastName).toBe('Dupond');
    const undone = undo(done.project, done.history).project;
    expect(undone).toEqual(before);
    expect(byEmail(undone, 'jean@inria.fr').importedValues.lastName).toBe('Dupont');
  });
});

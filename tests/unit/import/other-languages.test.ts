/** The languages a person also speaks, as registration lists write them: found by the column's name, read as codes, kept through re-imports. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTableFile } from '../../../main/services/import/read-table.ts';
import { applyEdit } from '../../../shared/edits/index.ts';
import { previewImport, prepareImport, type ImportNote } from '../../../shared/import/index.ts';
import type { Participant, Project } from '../../../shared/model/schema.ts';
import { eventWithOptions } from '../../fixtures/project.ts';
import { tempFolder } from './files.ts';

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
});

async function importList(project: Project, name: string, lines: string[]) {
  const path = join(folder, name);
  await writeFile(path, lines.join('\n'));
  const read = await readTableFile(path);
  if (!('ok' in read)) throw new Error(JSON.stringify(read.problems));
  const prepared = prepareImport(project, read.table.rows);
  const plan = previewImport(project, read.table.rows, prepared.headerIndex, prepared.targets);
  return { plan, targets: prepared.targets, project: applyEdit(project, { type: 'participants/import', payload: { upserts: plan.upserts, removeIds: plan.removeIds } }) };
}

const person = (project: Project, email: string): Participant => project.participants.find((p) => p.email === email)!;
const warnings = (notes: readonly ImportNote[]) => notes.filter((n) => n.level === 'warning').map((n) => [n.row, n.code.replace('participants:import.', ''), n.column, n.value]);

describe('other languages in a registration list', () => {
  it('finds the column by its name and reads names or codes, in any of the usual separators', async () => {
    const { project, targets } = await importList(eventWithOptions(), 'langues.csv', [
      'Nom;Prénom;Courriel;Langue;Autres langues',
      'Durand;Alice;alice@chu-bordeaux.fr;français;anglais, Deutsch',
      'Bernard;Bob;bob@inria.fr;English;fr / es',
      'Chevalier;Chloé;chloe@inserm.fr;français;',
    ]);
    expect(targets).toEqual(['lastName', 'firstName', 'email', 'language', 'otherLanguages']);
    expect(person(project, 'alice@chu-bordeaux.fr')).toMatchObject({ language: 'fr', otherLanguages: ['en', 'de'], toCheck: [] });
    expect(person(project, 'bob@inria.fr')).toMatchObject({ language: 'en', otherLanguages: ['fr', 'es'] });
    expect(person(project, 'chloe@inserm.fr').otherLanguages).toEqual([]);
  });

  it('keeps the person when a language is not understood, with the others, and marks it to check at its row and column', async () => {
    const { project, plan } = await importList(eventWithOptions(), 'klingon.csv', [
      'Nom;Prénom;Courriel;Languages spoken',
      'Durand;Alice;alice@chu-bordeaux.fr;"English; klingon, Deutsch"',
    ]);
    expect(person(project, 'alice@chu-bordeaux.fr')).toMatchObject({ otherLanguages: ['en', 'de'], toCheck: ['otherLanguages'] });
    expect(warnings(plan.notes)).toEqual([[2, 'otherLanguageUnknown', 'Languages spoken', 'klingon']]);
  });

  it('follows the new list on re-import, but keeps languages the organiser changed by hand and says so', async () => {
    const first = await importList(eventWithOptions(), 'first.csv', [
      'Nom;Prénom;Courriel;Autres langues',
      'Durand;Alice;alice@chu-bordeaux.fr;anglais',
      'Bernard;Bob;bob@inria.fr;anglais',
    ]);
    const bob = person(first.project, 'bob@inria.fr');
    const edited = applyEdit(first.project, { type: 'participants/update', payload: { id: bob.id, changes: { otherLanguages: ['it'] } } });
    const second = await importList(edited, 'second.csv', [
      'Nom;Prénom;Courriel;Autres langues',
      'Durand;Alice;alice@chu-bordeaux.fr;anglais, espagnol',
      'Bernard;Bob;bob@inria.fr;allemand',
    ]);
    expect(person(second.project, 'alice@chu-bordeaux.fr').otherLanguages).toEqual(['en', 'es']);
    expect(person(second.project, 'bob@inria.fr').otherLanguages).toEqual(['it']);
    expect(warnings(second.plan.notes)).toEqual([[3, 'keptChange', 'Autres langues', 'it']]);
  });
});

/** The step-free need of imported people comes from their accessibility column, on the first import and on later ones. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTableFile } from '../../../main/services/import/read-table.ts';
import { applyEdit } from '../../../shared/edits/index.ts';
import { previewImport, prepareImport } from '../../../shared/import/index.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { eventWithOptions } from '../import/event.ts';
import { tempFolder } from '../import/files.ts';

async function imported(project: Project, text: string): Promise<Project> {
  const path = join(await tempFolder(), 'list.csv');
  await writeFile(path, text);
  const read = await readTableFile(path);
  if (!('ok' in read)) throw new Error(JSON.stringify(read.problems));
  const prepared = prepareImport(project, read.table.rows);
  const plan = previewImport(project, read.table.rows, prepared.headerIndex, prepared.targets, {});
  return applyEdit(project, { type: 'participants/import', payload: { upserts: plan.upserts, removeIds: plan.removeIds } });
}

const stepFree = (project: Project) => Object.fromEntries(project.participants.map((p) => [p.firstName, p.stepFree]));

describe('the step-free need on import', () => {
  it('is read from the accessibility column, and follows it when a later list changes it', async () => {
    const first = await imported(eventWithOptions(), [
      'Nom;Prénom;Courriel;Accessibilité',
      'Durand;Alice;alice@chu-bordeaux.fr;Fauteuil roulant',
      'Bernard;Bob;bob@inria.fr;Malvoyant',
      'Chevalier;Chloé;chloe@inserm.fr;',
    ].join('\n'));
    expect(stepFree(first)).toEqual({ Alice: true, Bob: false, Chloé: false });
    const later = await imported(first, [
      'Nom;Prénom;Courriel;Accessibilité',
      'Durand;Alice;alice@chu-bordeaux.fr;Fauteuil roulant',
      'Bernard;Bob;bob@inria.fr;Malvoyant',
      'Chevalier;Chloé;chloe@inserm.fr;PMR, pas d’escalier',
    ].join('\n'));
    expect(stepFree(later)).toEqual({ Alice: true, Bob: false, Chloé: true });
  });
});

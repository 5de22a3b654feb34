import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../fixtures/project.ts';
import { tempFolder, writeTemp } from '../../fixtures/temp-files.ts';
import { runCli } from './run-cli.ts';

describe('regie validate', () => {
  it('accepts a sound project with a one-line summary', async () => {
    const folder = await tempFolder();
    await writeTemp(folder, 'plan.regie', await fixtureDocument());
    const run = await runCli(['validate', 'plan.regie'], folder);
    expect(run).toEqual({
      code: 0,
      out: ['plan.regie: valid Régie project (format 2) — 9 sessions, 4 rooms, 3 participants, 3 posters.'],
      err: [],
    });
  });

  it('lists every invalid field with its path, and exits 1', async () => {
    const folder = await tempFolder();
    const doc = await fixtureDocument();
    doc.sessions[3].durationMinutes = 0;
    doc.rooms[2].capacity = -40;
    await writeTemp(folder, 'bad.regie', doc);
    const run = await runCli(['validate', 'bad.regie'], folder);
    expect(run.code).toBe(1);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([
      'bad.regie: 2 problems prevent opening this project. Fix them in the file (a text editor will do) or open a backup copy:',
      '  rooms[2].capacity: expected zero or more, found -40.',
      '  sessions[3].durationMinutes: expected a positive number, found 0.',
    ]);
  });

  it('speaks French when asked', async () => {
    const folder = await tempFolder();
    const doc = await fixtureDocument();
    doc.sessions[3].durationMinutes = 0;
    await writeTemp(folder, 'bad.regie', doc);
    const run = await runCli(['validate', 'bad.regie'], folder, 'fr');
    expect(run.err).toEqual([
      'bad.regie : 1 problème empêche d’ouvrir ce projet. Corrigez-le dans le fichier (un éditeur de texte suffit) ou ouvrez une copie de sauvegarde :',
      '  sessions[3].durationMinutes : nombre positif attendu, trouvé 0.',
    ]);
  });

  it('lists what opening will repair, and still exits 0', async () => {
    const folder = await tempFolder();
    const doc = await fixtureDocument();
    doc.sessions[0].slot.roomId = 'r-closed';
    await writeTemp(folder, 'plan.regie', doc);
    const run = await runCli(['validate', 'plan.regie'], folder);
    expect(run.code).toBe(0);
    expect(run.out.slice(1)).toEqual([
      '1 item will be repaired on opening:',
      '  sessions[0].slot.roomId: room “r-closed” does not exist: the session was moved back to the sessions to schedule.',
    ]);
  });

  it('says a field unknown in 992 people once, with the count and the first paths', async () => {
    const folder = await tempFolder();
    const doc = await fixtureDocument();
    const copies = Array.from({ length: 992 - doc.participants.length }, (_, i) => ({
      ...doc.participants[0], id: `copy-${i}`, email: `copy-${i}@example.org`, companionIds: [],
    }));
    doc.participants = [...doc.participants, ...copies].map((participant: object) => ({ ...participant, badge: 'VIP' }));
    await writeTemp(folder, 'plan.regie', doc);
    const run = await runCli(['validate', 'plan.regie'], folder);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([
      'plan.regie: valid Régie project (format 2) — 9 sessions, 4 rooms, 992 participants, 3 posters.',
      '992 items will be repaired on opening:',
      '  participants[…].badge: this field is not part of the Régie format: it was left out and will not be saved. If the file comes from a newer Régie, update Régie instead of saving over it. (992 times: participants[0].badge, participants[1].badge, participants[2].badge, …)',
    ]);
  });

  it('groups the same error in every session, and keeps different errors apart, in French too', async () => {
    const folder = await tempFolder();
    const doc = await fixtureDocument();
    for (const session of doc.sessions) session.durationMinutes = 0;
    doc.sessions[4].durationMinutes = -5;
    await writeTemp(folder, 'bad.regie', doc);
    const run = await runCli(['validate', 'bad.regie'], folder, 'fr');
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      'bad.regie : 9 problèmes empêchent d’ouvrir ce projet. Corrigez-les dans le fichier (un éditeur de texte suffit) ou ouvrez une copie de sauvegarde :',
      '  sessions[…].durationMinutes : nombre positif attendu, trouvé 0. (8 fois : sessions[0].durationMinutes, sessions[1].durationMinutes, sessions[2].durationMinutes, …)',
      '  sessions[4].durationMinutes : nombre positif attendu, trouvé -5.',
    ]);
  });

  it.each([
    ['not JSON', 'notes.regie', 'Lundi : accueil à 9h', /^notes\.regie: the file is not valid JSON \(line 1, column 1/],
    ['from a newer Régie', 'future.regie', '{"format": "regie-project", "version": 999}', /^future\.regie: this file comes from a newer Régie \(format 999/],
    ['not a Régie file', 'list.regie', '{"guests": []}', /^list\.regie: this is not a Régie project file/],
  ])('refuses a file %s with one sentence, and exits 2', async (_what, name, content, message) => {
    const folder = await tempFolder();
    await writeFile(join(folder, name), content);
    const run = await runCli(['validate', name], folder);
    expect(run.code).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(message);
  });

  it('names a file that does not exist', async () => {
    const run = await runCli(['validate', 'missing.regie'], await tempFolder());
    expect(run).toEqual({ code: 2, out: [], err: ['missing.regie: the file was not found. Check its name and folder.'] });
  });

  it.each([[[]], [['a.regie', 'b.regie']], [['--strict', 'a.regie']]])('shows its usage for %j and exits 2', async (args) => {
    const run = await runCli(['validate', ...args], await tempFolder());
    expect(run).toEqual({ code: 2, out: [], err: ['Usage: regie validate <file.regie>'] });
  });
});

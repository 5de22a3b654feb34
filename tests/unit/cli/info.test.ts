import { describe, expect, it } from 'vitest';
import { tempFolder, writeTemp, fixtureDocument } from '../model/fixtures.ts';
import { runCli } from './run-cli.ts';

async function sampleFile(): Promise<string> {
  const folder = await tempFolder();
  expect((await runCli(['sample', '--out', 's.regie'], folder)).code).toBe(0);
  return folder;
}

describe('regie info on the sample event', () => {
  it('shows 35 posters, 12 highlighted (3 per theme), 5 hackathons, 3 workshops and 4 thematic sessions of a keynote and 3 talks', async () => {
    const run = await runCli(['info', 's.regie'], await sampleFile());
    expect(run.code).toBe(0);
    expect(run.out).toContain('Hackathons: 5');
    expect(run.out).toContain('Workshops: 3');
    expect(run.out).toContain('Posters: 35 (35 placed), 12 highlighted');
    expect(run.out.filter((line) => /^ {2}highlighted, .+: 3$/.test(line))).toHaveLength(4);
    expect(run.out).toContain('Thematic sessions: 4');
    expect(run.out.filter((line) => line.endsWith(': 1 keynote + 3 talks'))).toHaveLength(4);
  });

  it('gives the same figures as JSON', async () => {
    const run = await runCli(['info', 's.regie', '--json'], await sampleFile());
    const info = JSON.parse(run.out.join('\n'));
    expect(info.posters.total).toBe(35);
    expect(info.posters.highlighted).toBe(12);
    expect(info.posters.highlightedByTheme.map((entry: { count: number }) => entry.count)).toEqual([3, 3, 3, 3]);
    expect(info.hackathons).toBe(5);
    expect(info.workshops).toBe(3);
    expect(info.thematicSessions.map((s: { keynotes: number; talks: number }) => [s.keynotes, s.talks])).toEqual([
      [1, 3],
      [1, 3],
      [1, 3],
      [1, 3],
    ]);
    expect(info.participants).toBeGreaterThanOrEqual(245);
    expect(info.venues).toBe(2);
    expect(info.tours.total).toBe(1);
    expect(info.repairs).toBe(0);
  });
});

describe('regie info', () => {
  it('counts a small project per kind, in French', async () => {
    const folder = await tempFolder();
    await writeTemp(folder, 'plan.regie', await fixtureDocument());
    const run = await runCli(['info', 'plan.regie'], folder, 'fr');
    expect(run.code).toBe(0);
    expect(run.out).toEqual([
      'Journées annuelles du PEPR Santé Numérique 2025 — 2 jours : 14 oct. et 15 oct.',
      'Lieux : 2',
      'Salles : 4',
      'Thèmes : 2',
      'Personnes : 4',
      'Séances : 9 (placées : 6, à placer : 3)',
      '  Conférence invitée : 2',
      '  Exposé : 1',
      '  Session thématique : 2',
      '  Atelier : 1',
      '  Session posters : 1',
      '  Institutionnel : 1',
      '  Soirée : 1',
      'Sessions thématiques : 2',
      '  Les données longitudinales, levier de la médecine de précision : 1 conférence invitée + 1 exposé',
      '  Apprentissage fédéré et confidentialité : 1 conférence invitée + 0 exposé',
      'Hackathons : 0',
      'Ateliers : 1',
      'Posters : 3 (placés : 2, mis en avant : 2)',
      '  mis en avant, Données longitudinales : 1',
      '  mis en avant, Apprentissage fédéré et confidentialité : 1',
      'Participants : 3',
      'Visites : 1, groupes : 1',
    ]);
  });

  it('refuses an invalid file the way validate does', async () => {
    const folder = await tempFolder();
    const doc = await fixtureDocument();
    doc.posterHall.boards[0].number = 0;
    await writeTemp(folder, 'bad.regie', doc);
    const run = await runCli(['info', 'bad.regie'], folder);
    expect(run.code).toBe(1);
    expect(run.err[1]).toBe('  posterHall.boards[0].number: expected a positive number, found 0.');
  });

  it('shows its usage when the file is missing from the command', async () => {
    expect(await runCli(['info', '--json'], await tempFolder())).toEqual({ code: 2, out: [], err: ['Usage: regie info <file.regie> [--json]'] });
  });
});

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectFile } from '../../../main/services/project-files.ts';
import { applyEdit } from '../../../shared/edits/index.ts';
import { fullName } from '../../../shared/model/people.ts';
import { serializeProject } from '../../../shared/model/document.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import { runCli } from '../cli/run-cli.ts';
import { tempFolder } from '../model/fixtures.ts';

/** The sample with no groups yet, written where the command runs. */
async function sampleWithoutGroups(): Promise<string> {
  const folder = await tempFolder();
  const project = applyEdit(sampleProject(), { type: 'tours/setGroups', payload: { tourId: 'tour-palais-de-la-bourse', groups: [] } });
  await writeFile(join(folder, 'pepr.regie'), serializeProject(project));
  return folder;
}

describe('regie tours', () => {
  it('plans the groups and prints them with guides’ and members’ names, never ids', async () => {
    const run = await runCli(['tours', 'pepr.regie'], await sampleWithoutGroups());
    expect(run.code).toBe(0);
    expect(run.out[0]).toBe('Visite guidée du Palais de la Bourse: 148 registered, 5 groups (limit 30)');
    const sample = sampleProject();
    const guide = fullName(sample.people.find((p) => p.id === sample.tours[0]!.groups[0]!.guideId)!);
    expect(run.out[1]).toMatch(new RegExp(`^  Groupe 1 \\(English\\) — ${guide}, EN, leaves 19:15, (29|30) people$`));
    expect(run.out.join('\n')).not.toMatch(/participant-\d|person-guide/);
  });

  it('gives the plan as JSON and writes it into the project with --out', async () => {
    const folder = await sampleWithoutGroups();
    const run = await runCli(['tours', 'pepr.regie', '--json', '--out', 'planned.regie'], folder);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out.join('\n'));
    expect(json.problems).toEqual([]);
    expect(json.tours[0].groups.map((g: { participantIds: string[] }) => g.participantIds.length).sort()).toEqual([29, 29, 30, 30, 30]);
    expect(Object.keys(json.tours[0].groups[0])).toEqual(['id', 'name', 'guideId', 'language', 'departure', 'participantIds']);
    const written = await readProjectFile(join(folder, 'planned.regie'));
    expect(written.ok && written.project.tours[0]!.groups.map((g) => g.participantIds)).toEqual(json.tours[0].groups.map((g: { participantIds: string[] }) => g.participantIds));
  });

  it('re-plans a project that has groups, keeping them, and exits 1 with the reason when the plan is impossible', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'pepr.regie'), serializeProject(sampleProject()));
    const kept = await runCli(['tours', 'pepr.regie', '--json'], folder);
    expect(JSON.parse(kept.out.join('\n')).tours[0].groups).toEqual(sampleProject().tours[0]!.groups.map(({ pinned: _p, pinnedParticipantIds: _q, ...g }) => g));
    const impossible = await runCli(['tours', 'pepr.regie', '--size', '10'], await sampleWithoutGroups());
    expect(impossible.code).toBe(1);
    expect(impossible.out.at(-1)).toBe(
      '  Impossible: With 15 groups leaving every 15 min, the last is back only at 23:30, after the window closes (21:00), which leaves room for 5 departures: move the latest return to 23:30, shorten the interval, or raise the limit to 30.',
    );
  });

  it('exits 2 for a file that cannot be read, and for a size that is not a number', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'broken.regie'), '{ "format": "regie-project", ');
    const broken = await runCli(['tours', 'broken.regie'], folder);
    expect(broken.code).toBe(2);
    expect(broken.err[0]).toMatch(/^broken\.regie: /);
    const badSize = await runCli(['tours', 'broken.regie', '--size', 'thirty'], folder);
    expect(badSize).toEqual({ code: 2, out: [], err: ['--size expects a positive whole number (got “thirty”).'] });
  });
});

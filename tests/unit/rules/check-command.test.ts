/** `regie check` on real files in a temp folder: the sample is clean; a keynote speaker in two rooms is an error. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../../../shared/model/document.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import { runCli } from '../cli/run-cli.ts';

async function write(project: Project): Promise<{ folder: string; file: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'regie-check-'));
  await writeFile(join(folder, 'plan.regie'), serializeProject(project));
  return { folder, file: 'plan.regie' };
}

/** The sample with the speaker of Camille Maumet's keynote also put on stage at a hackathon running at that time. */
function speakerInTwoRooms(): { project: Project; keynote: string; hackathon: string } {
  const project = sampleProject();
  const keynote = project.sessions.find((s) => s.kind === 'keynote' && s.parentId === null && s.slot)!;
  const speaker = keynote.people.find((p) => p.role === 'speaker')!.personId;
  const start = keynote.slot!.start;
  const hackathon = project.sessions.find(
    (s) => s.slot && s.slot.day === keynote.slot!.day && s.slot.roomId !== keynote.slot!.roomId && s.slot.start <= start && s.kind === 'hackathon',
  )!;
  const sessions = project.sessions.map((s) => (s.id === hackathon.id ? { ...s, people: [...s.people, { personId: speaker, role: 'speaker' as const }] } : s));
  return { project: { ...project, sessions }, keynote: keynote.title, hackathon: hackathon.title };
}

describe('regie check', () => {
  it('finds nothing wrong in the sample event', async () => {
    const { folder, file } = await write(sampleProject());
    const run = await runCli(['check', file], folder);
    expect(run).toEqual({ code: 0, out: ['No problems found in plan.regie.'], err: [] });
    const json = await runCli(['check', file, '--json'], folder);
    expect(JSON.parse(json.out.join('\n'))).toEqual([]);
  });

  it('exits 1 and names both sessions when a keynote speaker is in two rooms at once', async () => {
    const { project, keynote, hackathon } = speakerInTwoRooms();
    const { folder, file } = await write(project);
    const run = await runCli(['check', file], folder);
    expect(run.code).toBe(1);
    const text = run.out.join('\n');
    expect(text).toContain('✖ Person in two places at once (1)');
    expect(text).toContain(`“${keynote}”`);
    expect(text).toContain(`“${hackathon}”`);
    expect(run.out.at(-1)).toBe('1 error, 0 warnings, 0 notes.');

    const fr = await runCli(['check', file], folder, 'fr');
    expect(fr.out.join('\n')).toContain(`« ${keynote} »`);
  });

  it('gives JSON rows of rule, severity, items and message', async () => {
    const { project, keynote } = speakerInTwoRooms();
    const { folder, file } = await write(project);
    const run = await runCli(['check', file, '--json'], folder);
    expect(run.code).toBe(1);
    const rows = JSON.parse(run.out.join('\n')) as { rule: string; severity: string; items: { kind: string }[]; message: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ rule: 'person-double-booked', severity: 'error' });
    expect(rows[0]!.items.map((i) => i.kind)).toEqual(['person', 'session', 'session']);
    expect(rows[0]!.message).toContain(keynote);
  });

  it('says how to use it when the file is missing, and why when it cannot be opened', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'regie-check-'));
    const usage = await runCli(['check'], folder);
    expect(usage.code).toBe(2);
    expect(usage.err).toEqual(['Usage: regie check <file.regie> [--json]. Checks the programme; exits with code 1 when there are errors.']);
    const missing = await runCli(['check', 'nowhere.regie'], folder);
    expect(missing.code).toBe(2);
    expect(missing.err.join('\n')).toContain('nowhere.regie');
  });
});

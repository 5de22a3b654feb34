/** The import report ends with what the import changed in the plan: rooms now too small, tour registrants in no group. */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n/index.ts';
import { planChanges, previewImport, registrationTarget, reportRows } from '../../../shared/import/index.ts';
import { findConflicts } from '../../../shared/rules/index.ts';
import { sampleProject } from '../../../shared/sample/index.ts';

const en = createI18n('en').t;

describe('what an import changes in the plan', () => {
  const project = sampleProject();
  const options = project.event.registrationOptions;
  const tour = options.find((o) => o.kind === 'tour')!;
  // A workshop on the programme, and enough new registrants to overflow its room.
  const workshop = options.find((o) => o.kind === 'workshop' && project.sessions.find((s) => s.id === o.sessionId)?.slot)!;
  const session = project.sessions.find((s) => s.id === workshop.sessionId)!;
  const room = project.rooms.find((r) => r.id === session.slot!.roomId)!;
  const registered = project.participants.filter((p) => p.registrations.includes(workshop.id)).length;
  const newcomers = Math.max(room.capacity, session.expectedAudience) - registered + 5;
  const rows = [
    ['Nom', 'Prénom', 'Courriel', 'Visite', 'Atelier'],
    ...Array.from({ length: newcomers }, (_, i) => [`Nouveau${i}`, 'Inscrit', `nouveau${i}@example.org`, 'oui', 'oui']),
  ];
  const targets = ['lastName', 'firstName', 'email', registrationTarget(tour.id), registrationTarget(workshop.id)] as const;

  it('lists the room now too small and the tour registrants in no group, and nothing that was already there', () => {
    const plan = previewImport(project, rows, 0, targets);
    expect(plan.summary.added).toBe(newcomers);
    const changes = planChanges(project, plan);
    // The workshop's room, and the tour's route too (its registrants now outnumber it), then the people left out.
    expect(changes.map((c) => c.rule)).toEqual(['capacity-too-small', 'capacity-too-small', 'tour-registrant-without-group']);
    const tooSmall = changes.find((c) => c.items.some((i) => i.kind === 'session' && i.id === session.id))!;
    expect(tooSmall.params).toMatchObject({ room: room.name, capacity: room.capacity, audience: registered + newcomers });
    expect(changes.at(-1)!.params).toMatchObject({ count: newcomers });
    // Nothing that was already wrong before the import, with the same figures, is listed again.
    const before = new Set(findConflicts(project).map((c) => JSON.stringify([c.key, c.params])));
    expect(changes.filter((c) => before.has(JSON.stringify([c.key, c.params])))).toEqual([]);

    const report = reportRows(en, plan.summary, plan.notes, changes);
    const end = report.slice(report.findIndex((row) => row[0] === 'What the import changes in the plan'));
    expect(end).toHaveLength(4);
    expect(end.map((row) => row.at(-1)).join('\n')).toContain(`${newcomers} people registered for “${tour.label}” are in none of its groups`);
    expect(end.map((row) => row[3])).toContain('Error');
  });

  it('says so when the import changes nothing in the plan', () => {
    const plan = previewImport(project, [rows[0]!, ['Seul', 'Inscrit', 'seul@example.org', 'non', 'non']], 0, targets);
    expect(planChanges(project, plan)).toEqual([]);
    expect(reportRows(en, plan.summary, plan.notes, []).at(-1)).toEqual(['What the import changes in the plan: no new problem.']);
  });
});

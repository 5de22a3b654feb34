import { describe, expect, it } from 'vitest';
import { createI18n, describeProblem } from '../../../shared/i18n/index.ts';
import { openProjectText } from '../../../shared/model/document.ts';
import { restoreProject } from '../../../shared/model/restore.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { fixtureDocument, fixtureProject } from './fixtures.ts';

const en = createI18n('en');
const say = (problem: Parameters<typeof describeProblem>[1]) => describeProblem(en.t.bind(en), problem);

/** Damages the fixture's JSON, opens it, and returns what the user gets. */
async function openDamaged(damage: (doc: Record<string, any>) => void) {
  const doc = await fixtureDocument();
  damage(doc);
  const opened = openProjectText(JSON.stringify(doc));
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  return opened;
}

describe('restore repairs dangling references and says so', () => {
  it('moves a session whose room does not exist to the backlog', async () => {
    const { project, repairs } = await openDamaged((doc) => (doc.sessions[0].slot.roomId = 'r-demolished'));
    expect(project.sessions[0]?.slot).toBeNull();
    expect(repairs.map(say)).toEqual(['sessions[0].slot.roomId: room “r-demolished” does not exist: the session was moved back to the sessions to schedule.']);
  });

  it('clears a theme or a parent that does not exist, and a session that is its own parent', async () => {
    const { project, repairs } = await openDamaged((doc) => {
      doc.sessions[1].themeId = 't-gone';
      doc.sessions[2].parentId = 's-gone';
      doc.sessions[3].parentId = doc.sessions[3].id;
      doc.posterHall.posters[2].themeId = 't-gone';
    });
    expect(project.sessions[1]?.themeId).toBeNull();
    expect(project.sessions[2]?.parentId).toBeNull();
    expect(project.sessions[3]?.parentId).toBeNull();
    expect(project.posterHall.posters[2]?.themeId).toBeNull();
    expect(repairs.map((r) => [r.code, r.path])).toEqual([
      ['model:repaired.theme', 'sessions[1].themeId'],
      ['model:repaired.parent', 'sessions[2].parentId'],
      ['model:repaired.parent', 'sessions[3].parentId'],
      ['model:repaired.theme', 'posterHall.posters[2].themeId'],
    ]);
  });

  it('removes session people who are not in the people list, keeping the others', async () => {
    const { project, repairs } = await openDamaged((doc) => doc.sessions[0].people.push({ personId: 'p-nobody', role: 'chair' }));
    expect(project.sessions[0]?.people).toEqual([{ personId: 'p-lacroix', role: 'host' }]);
    expect(repairs).toEqual([{ code: 'model:repaired.sessionPerson', path: 'sessions[0].people[1].personId', value: 'p-nobody' }]);
  });

  it('removes unknown companions and registrations, and a participant listed as their own companion', async () => {
    const { project, repairs } = await openDamaged((doc) => {
      doc.participants[0].companionIds = ['a-ghost', 'a-2', 'a-1'];
      doc.participants[2].registrations = ['day-2', 'gala-2019'];
    });
    expect(project.participants[0]?.companionIds).toEqual(['a-2']);
    expect(project.participants[2]?.registrations).toEqual(['day-2']);
    expect(repairs.map((r) => `${r.path}=${r.value}`)).toEqual([
      'participants[0].companionIds[0]=a-ghost',
      'participants[0].companionIds[2]=a-1',
      'participants[2].registrations[1]=gala-2019',
    ]);
  });

  it('unassigns a poster on a face that does not exist, and the later of two posters on one face', async () => {
    const { project, repairs } = await openDamaged((doc) => {
      doc.posterHall.posters[1].boardFaceId = 'b-9-z';
      doc.posterHall.posters[2].boardFaceId = 'b-1-a';
    });
    expect(project.posterHall.posters.map((p) => p.boardFaceId)).toEqual(['b-1-a', null, null]);
    expect(repairs.map(say)).toEqual([
      'posterHall.posters[1].boardFaceId: board face “b-9-z” does not exist: the poster was moved back to the posters to place.',
      'posterHall.posters[2].boardFaceId: board face “b-1-a” already holds poster “poster-1”: this poster was moved back to the posters to place.',
    ]);
  });

  it('removes tour group members and guides who do not exist', async () => {
    const { project, repairs } = await openDamaged((doc) => {
      doc.tours[0].groups[0].participantIds = ['a-1', 'a-404', 'a-2'];
      doc.tours[0].groups[0].guideId = 'p-guide-gone';
      doc.tours[0].guides = [{ personId: 'p-guide-gone', languages: ['fr'], stepFree: false }];
    });
    expect(project.tours[0]?.groups[0]?.participantIds).toEqual(['a-1', 'a-2']);
    expect(project.tours[0]?.groups[0]?.guideId).toBeNull();
    expect(project.tours[0]?.guides).toEqual([]);
    expect(repairs.map((r) => r.path)).toEqual(['tours[0].guides[0].personId', 'tours[0].groups[0].guideId', 'tours[0].groups[0].participantIds[1]']);
  });

  it('clears links to sessions, venues and rooms that do not exist', async () => {
    const { project, repairs } = await openDamaged((doc) => {
      doc.tours[0].sessionId = 's-gone';
      doc.tours[0].venueId = 'v-gone';
      doc.event.registrationOptions[2].sessionId = 's-gone';
      doc.posterHall.roomId = 'r-gone';
    });
    expect([project.tours[0]?.sessionId, project.tours[0]?.venueId, project.event.registrationOptions[2]?.sessionId, project.posterHall.roomId]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(repairs.map((r) => r.code)).toEqual(['model:repaired.session', 'model:repaired.session', 'model:repaired.venue', 'model:repaired.room']);
  });
});

describe('fields the format does not define', () => {
  it('are left out and reported with their path, since saving will not keep them', async () => {
    const { project, repairs } = await openDamaged((doc) => {
      doc.participants[1].badgeColour = 'red';
      doc.sessions[0].slot.track = 'A';
      doc.catering = { coffee: true };
    });
    expect(project.participants[1]).not.toHaveProperty('badgeColour');
    expect(repairs.map((r) => [r.path, r.value])).toEqual([
      ['sessions[0].slot.track', '"A"'],
      ['participants[1].badgeColour', '"red"'],
      ['catering', '{"coffee":true}'],
    ]);
    expect(say(repairs[2]!)).toBe(
      'catering: this field is not part of the Régie format: it was left out and will not be saved. If the file comes from a newer Régie, update Régie instead of saving over it.',
    );
  });
});

describe('restore of a sound project', () => {
  it('repairs nothing and hands back the very same project', async () => {
    const project = await fixtureProject();
    const restored = restoreProject(project);
    expect(restored.repairs).toEqual([]);
    expect(restored.errors).toEqual([]);
    expect(restored.project).toBe(project);
  });

  it('never changes the project it is given', async () => {
    const project = await fixtureProject();
    const damaged: Project = { ...project, sessions: project.sessions.map((s) => ({ ...s, themeId: 't-gone' })) };
    const before = structuredClone(damaged);
    const restored = restoreProject(damaged);
    expect(restored.repairs).toHaveLength(project.sessions.length);
    expect(damaged).toEqual(before);
  });
});

describe('duplicate ids', () => {
  it.each([
    ['sessions', (doc: any) => (doc.sessions[4].id = 's-opening'), 'sessions[4].id', 'sessions[0]'],
    ['participants', (doc: any) => (doc.participants[2].id = 'a-1'), 'participants[2].id', 'participants[0]'],
    ['rooms', (doc: any) => (doc.rooms[3].id = 'r-hall'), 'rooms[3].id', 'rooms[1]'],
    ['board faces', (doc: any) => (doc.posterHall.boards[1].faces[0].id = 'b-1-b'), 'posterHall.boards[1].faces[0].id', 'posterHall.boards[0].faces[1]'],
    ['tour groups', (doc: any) => doc.tours[0].groups.push({ ...doc.tours[0].groups[0] }), 'tours[0].groups[1].id', 'tours[0].groups[0]'],
  ])('refuse the file when two %s share an id, naming both', async (_what, damage, path, first) => {
    const doc = await fixtureDocument();
    damage(doc);
    const opened = openProjectText(JSON.stringify(doc), 'dup.regie');
    expect(opened.ok).toBe(false);
    const problems = opened.ok ? [] : opened.problems;
    expect(problems).toEqual([expect.objectContaining({ code: 'model:duplicateId', file: 'dup.regie', path, params: { first } })]);
    expect(say(problems[0]!)).toContain(`is already used by ${first}: each item needs its own. Rename one of them in the file.`);
  });
});

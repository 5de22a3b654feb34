/** Plurals come from i18next (_one / _other), never "(s)": "1 session", "2 sessions"; "0 exposé" in French. */
import { describe, expect, it } from 'vitest';
import { createI18n, resources } from '../../../shared/i18n/index.ts';

const fr = createI18n('fr').t;
const en = createI18n('en').t;

describe('plural texts', () => {
  it('count the problems in the panel and the CLI, each number with its own plural', () => {
    expect(en('conflicts:panel.summary', { errors: 1, warnings: 2, infos: 0 })).toBe('1 error, 2 warnings, 0 notes');
    expect(fr('conflicts:panel.summary', { errors: 1, warnings: 2, infos: 0 })).toBe('1 erreur, 2 avertissements, 0 information');
    expect(en('conflicts:cli.summary', { errors: 3, warnings: 1, infos: 1 })).toBe('3 errors, 1 warning, 1 note.');
  });

  it('say how many people to move out of a full tour group', () => {
    const params = { group: 'Groupe 1', tour: 'Visite', size: 31, limit: 30 };
    expect(en('conflicts:rules.tour-group-over-limit.message', { ...params, extra: 1 })).toContain('Move 1 person to another group.');
    expect(en('conflicts:rules.tour-group-over-limit.message', { ...params, extra: 4 })).toContain('Move 4 people to another group.');
    expect(fr('conflicts:rules.tour-group-over-limit.message', { ...params, extra: 1 })).toContain('Déplacez 1 personne dans un autre groupe.');
    expect(fr('conflicts:rules.tour-group-over-limit.message', { ...params, extra: 2 })).toContain('Déplacez 2 personnes dans un autre groupe.');
  });

  it('count the sessions of the day and of the backlog', () => {
    expect(en('timetable:summary', { placed: 1, backlog: 3 })).toBe('1 session placed on this day · 3 in the backlog');
    expect(en('timetable:summary', { placed: 12, backlog: 0 })).toBe('12 sessions placed on this day · 0 in the backlog');
    expect(fr('timetable:summary', { placed: 1, backlog: 3 })).toBe('1 session placée ce jour · 3 dans la réserve');
    expect(en('timetable:backlog.count', { count: 1 })).toBe('1 session without a slot');
    expect(fr('timetable:backlog.count', { count: 5 })).toBe('5 sessions sans créneau');
  });

  it('count keynotes and talks in `regie info`, the French way for zero', () => {
    expect(en('model:cli.info.thematicOne', { title: 'T', keynotes: 1, talks: 3 })).toBe('  T: 1 keynote + 3 talks');
    expect(fr('model:cli.info.thematicOne', { title: 'T', keynotes: 2, talks: 0 })).toBe('  T : 2 conférences invitées + 0 exposé');
  });

  it('count what a project holds, one room being "1 room"', () => {
    const params = { file: 'p.regie', version: 1, sessions: 1, rooms: 1, participants: 0, posters: 2 };
    expect(en('model:cli.validate.ok', params)).toBe('p.regie: valid Régie project (format 1) — 1 session, 1 room, 0 participants, 2 posters.');
    expect(fr('model:cli.validate.ok', params)).toBe('p.regie : projet Régie valide (format 1) — 1 séance, 1 salle, 0 participant, 2 posters.');
    expect(en('conflicts:rules.posters-exceed-faces.message', { posters: 2, faces: 1, missing: 1 })).toBe('2 posters for 1 board face: 1 face short. Add boards to the hall plan.');
    expect(en('participants:dialog.import', { count: 1 })).toBe('Import 1 valid person');
  });

  it('leave no "(s)" in any text of either language', () => {
    const texts: string[] = [];
    const walk = (node: unknown): void => {
      if (typeof node === 'string') texts.push(node);
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk(resources);
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((text) => /\((s|x|es)\)|·e\(s\)/.test(text))).toEqual([]);
  });
});

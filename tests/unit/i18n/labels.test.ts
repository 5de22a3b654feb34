/** One wording per label: the workbooks, the conflict texts and the timetable read the same catalogue. */
import { describe, expect, it } from 'vitest';
import { resources } from '../../../shared/i18n/index.ts';
import { labels } from '../../../shared/i18n/labels.ts';
import { AUDIENCES, DIETS, EQUIPMENT, PERSON_ROLES, ROOM_LAYOUTS, SESSION_KINDS } from '../../../shared/model/schema.ts';
import { found, projectWith, session } from '../rules/small-projects.ts';
import { exportAndRead, rowsOf, sheet } from '../export/read-back.ts';

const LAYOUTS_NEEDED = ROOM_LAYOUTS.filter((layout) => layout !== 'theatre');

/** One session per equipment, per layout other than the room's and per kind, an hour apart in a bare theatre room. */
function everyLabelPlan() {
  const needs = [
    ...EQUIPMENT.map((equipment) => ({ equipment: [equipment], layout: null })),
    ...LAYOUTS_NEEDED.map((layout) => ({ equipment: [], layout })),
  ];
  const sessions = SESSION_KINDS.map((kind, i) => {
    const need = needs[i % needs.length]!;
    return session(`s${i}`, i % 2 === 0 ? 'r1' : 'r2', `${String(7 + Math.floor(i / 2)).padStart(2, '0')}:00`, 45, { kind, needs: need });
  });
  // Needs beyond the kinds' sessions: more sessions of the same kind, so every equipment and layout is asked for once.
  for (let i = SESSION_KINDS.length; i < needs.length; i++) {
    sessions.push(session(`s${i}`, i % 2 === 0 ? 'r1' : 'r2', `${String(7 + Math.floor(i / 2)).padStart(2, '0')}:00`, 45, { needs: needs[i]! }));
  }
  return projectWith({
    rooms: [
      { id: 'r1', venueId: 'v1', name: 'Amphi A', capacity: 100, layout: 'theatre' },
      { id: 'r2', venueId: 'v1', name: 'Amphi B', capacity: 100, layout: 'theatre' },
    ],
    sessions,
  });
}

describe('one wording per label', () => {
  it.each(['fr', 'en'] as const)('the set-up workbook and the conflicts name each equipment and layout alike (%s)', async (language) => {
    const project = everyLabelPlan();
    const setup = rowsOf(sheet((await exportAndRead(project, language, ['setup'])).books.get('setup'), language === 'fr' ? 'Installation mar 14 oct' : 'Set-up Tue 14 Oct'), 2);
    const row = (id: string) => setup.find((r) => r[4] === `Session ${id}`)!;
    const quoted = (text: string) => [...text.matchAll(/[«“] ?(.+?) ?[»”]/g)].map((m) => m[1]);

    const missing = found(project, 'missing-equipment');
    expect(missing).toHaveLength(EQUIPMENT.length);
    for (const conflict of missing) {
      const sessionId = conflict.items[0]!.id;
      // The conflict quotes the session's title, then the equipment.
      expect(quoted(conflict[language])[1]).toBe(row(sessionId)[9]);
    }
    const layouts = found(project, 'wrong-layout');
    expect(layouts).toHaveLength(LAYOUTS_NEEDED.length);
    for (const conflict of layouts) expect(quoted(conflict[language])[1]).toBe(row(conflict.items[0]!.id)[6]);
  });

  it('the timetable list and the set-up sheet give each kind the same name', async () => {
    const project = everyLabelPlan();
    const { books } = await exportAndRead(project, 'fr', ['timetable', 'setup']);
    const list = rowsOf(sheet(books.get('timetable'), 'Sessions'), 2);
    const setup = rowsOf(sheet(books.get('setup'), 'Installation mar 14 oct'), 2);
    for (const [i, kind] of SESSION_KINDS.entries()) {
      const listed = list.find((r) => r[5] === `Session s${i}`)!;
      expect(listed[6]).toBe(labels.fr.kind[kind]);
      expect(setup.find((r) => r[4] === `Session s${i}`)![5]).toBe(listed[6]);
    }
    expect(list.every((r) => r[0] === 'mardi 14 octobre 2025')).toBe(true);
  });

  it('no other area of the catalogue words these values again', () => {
    const values: Record<string, readonly string[]> = {
      kind: SESSION_KINDS, layout: ROOM_LAYOUTS, equipment: EQUIPMENT, audience: AUDIENCES, role: PERSON_ROLES, diet: DIETS,
    };
    for (const language of ['fr', 'en'] as const) {
      const groups: Record<string, Record<string, string>> = labels[language];
      for (const [group, ids] of Object.entries(values)) expect(Object.keys(groups[group]!).sort()).toEqual([...ids].sort());
      // A dictionary elsewhere keyed by these ids would be a second wording that can drift from this one.
      const twins: string[] = [];
      const walk = (node: unknown, path: string) => {
        if (typeof node !== 'object' || node === null) return;
        const keys = Object.keys(node);
        for (const ids of Object.values(values)) if (ids.length > 2 && ids.every((id) => keys.includes(id))) twins.push(path);
        for (const key of keys) walk((node as Record<string, unknown>)[key], `${path}.${key}`);
      };
      for (const [ns, texts] of Object.entries(resources[language])) if (ns !== 'labels') walk(texts, ns);
      expect(twins).toEqual([]);
    }
  });
});

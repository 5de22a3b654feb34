import { describe, expect, it } from 'vitest';
import { createI18n, describeProblem } from '../../../shared/i18n/index.ts';
import { jsonBreakPosition, openProjectText, serializeProject, type OpenedText } from '../../../shared/model/document.ts';
import { CURRENT_VERSION, projectSchema } from '../../../shared/model/schema.ts';
import type { Problem } from '../../../shared/problems.ts';
import { fixtureDocument, fixtureProject } from '../../fixtures/project.ts';

const en = createI18n('en');
const fr = createI18n('fr');
const say = (problem: Problem, lang = en) => describeProblem(lang.t.bind(lang), problem);

function problemsOf(opened: OpenedText): readonly Problem[] {
  if (opened.ok) throw new Error('expected the file to be refused');
  return opened.problems;
}

describe('saving and reopening', () => {
  it('gives back the same project', async () => {
    const project = await fixtureProject();
    const reopened = openProjectText(serializeProject(project));
    expect(reopened).toEqual({ ok: true, project, repairs: [] });
  });

  it('writes 2-space indented JSON with a final newline, identical on a second save', async () => {
    const text = serializeProject(await fixtureProject());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "regie-project",');
    const again = openProjectText(text);
    expect(again.ok && serializeProject(again.project)).toBe(text);
  });

  it('writes keys in the schema’s order whatever order the project was built in', async () => {
    const project = await fixtureProject();
    const shuffled = Object.fromEntries(Object.entries(project).reverse()) as typeof project;
    const session = project.sessions[0]!;
    const reversedSession = Object.fromEntries(Object.entries(session).reverse()) as typeof session;
    const text = serializeProject({ ...shuffled, sessions: [reversedSession, ...project.sessions.slice(1)] });
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(Object.keys(projectSchema.shape));
    expect(Object.keys(doc.sessions[0]).slice(0, 4)).toEqual(['id', 'kind', 'title', 'themeId']);
  });

  it('accepts a byte-order mark in front of the JSON', async () => {
    const text = serializeProject(await fixtureProject());
    expect(openProjectText(`\uFEFF${text}`).ok).toBe(true);
  });

  it('fills in the defaults of a minimal file', () => {
    const opened = openProjectText(
      JSON.stringify({ format: 'regie-project', version: CURRENT_VERSION, event: { name: 'Mini', days: [{ date: '2026-03-02' }] } }),
    );
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    expect(opened.project.event.timeZone).toBe('Europe/Paris');
    expect(opened.project.sessions).toEqual([]);
    expect(opened.project.posterHall).toEqual({ roomId: null, width: 30, depth: 20, gridStep: 0.5, entrances: [], walls: [], zones: [], boards: [], posters: [] });
    expect(opened.project.settings.snapMinutes).toBe(5);
  });
});

describe('files that are not Régie projects', () => {
  it('refuses text that is not JSON, saying on which line and column', () => {
    const [problem] = problemsOf(openProjectText('{\n  "format": "regie-project",\n  "version": 1,,\n}', 'broken.regie'));
    expect(problem).toMatchObject({ code: 'model:open.notJson', file: 'broken.regie', params: { line: 3, column: 16 } });
    expect(say(problem!)).toBe(
      'broken.regie: the file is not valid JSON (line 3, column 16, near “,”): it is damaged or not a Régie project. Open a backup copy, or fix it in a text editor.',
    );
    expect(say(problem!, fr)).toContain('n’est pas du JSON valide (ligne 3, colonne 16');
  });

  it.each([
    ['Lundi : accueil', 0],
    ['{"a": 1,}', 8],
    ['{"a": tru}', 9],
    ['{"a": 1} x', 9],
    ['{"a" 1}', 5],
    ['{"a": "x\ny"}', 8],
    ['{"a": "\\q"}', 8],
    ['["\\u12g4"]', 6],
    ['[1.]', 2],
    ['[1, 2', 5],
    ['{"a": [1, {"b": null}], "c": "\\u00e9"}', -1],
  ])('finds where %j stops being JSON (%i)', (text, position) => {
    expect(jsonBreakPosition(text)).toBe(position);
    if (position === -1) expect(() => JSON.parse(text)).not.toThrow();
    else expect(() => JSON.parse(text)).toThrow();
  });

  it('says a file cut short ends too early', async () => {
    const text = serializeProject(await fixtureProject());
    const [problem] = problemsOf(openProjectText(text.slice(0, 200), 'cut.regie'));
    expect(problem?.code).toBe('model:open.truncated');
    expect(say(problem!)).toMatch(/^cut\.regie: the file ends too early \(line \d+\)/);
  });

  it('says an empty file is empty', () => {
    expect(problemsOf(openProjectText('  \n', 'e.regie'))).toEqual([{ code: 'model:open.empty', file: 'e.regie' }]);
  });

  it.each([
    ['another program’s JSON', '{"name": "my list", "items": []}'],
    ['a JSON list', '[1, 2, 3]'],
    ['a JSON string', '"regie-project"'],
    ['the wrong format name', '{"format": "regie-template", "version": 1}'],
  ])('refuses %s as not a Régie project file', (_what, text) => {
    const [problem] = problemsOf(openProjectText(text, 'other.json'));
    expect(problem).toEqual({ code: 'model:open.notRegie', file: 'other.json' });
    expect(say(problem!)).toContain('this is not a Régie project file');
  });
});

describe('versions', () => {
  it('refuses a file from a newer Régie without reading any of it', async () => {
    const doc = { ...(await fixtureDocument()), version: 999, sessions: 'whatever a future format holds' };
    const problems = problemsOf(openProjectText(JSON.stringify(doc), 'future.regie'));
    expect(problems).toEqual([{ code: 'model:open.newerVersion', file: 'future.regie', params: { version: 999, current: CURRENT_VERSION } }]);
    expect(say(problems[0]!)).toBe(
      `future.regie: this file comes from a newer Régie (format 999; this one reads up to format ${CURRENT_VERSION}). It was not opened, so nothing is lost: update Régie, then open it.`,
    );
    expect(say(problems[0]!, fr)).toContain('version plus récente de Régie');
  });

  it.each([['"1"'], ['1.5'], ['null']])('refuses version %s as damaged', (version) => {
    const [problem] = problemsOf(openProjectText(`{"format": "regie-project", "version": ${version}}`, 'v.regie'));
    expect(problem).toMatchObject({ code: 'model:open.badVersion', path: 'version', value: version });
  });
});

describe('invalid fields', () => {
  it('names the exact path of a bad duration, in English and in French', async () => {
    const doc = await fixtureDocument();
    doc.sessions[1].durationMinutes = -5;
    const problems = problemsOf(openProjectText(JSON.stringify(doc), 'bad.regie'));
    expect(problems).toEqual([{ code: 'model:field.positive', file: 'bad.regie', path: 'sessions[1].durationMinutes', value: '-5' }]);
    expect(say(problems[0]!)).toBe('bad.regie, sessions[1].durationMinutes: expected a positive number, found -5.');
    expect(say(problems[0]!, fr)).toBe('bad.regie, sessions[1].durationMinutes : nombre positif attendu, trouvé -5.');
  });

  it('lists every problem of the file, not just the first', async () => {
    const doc = await fixtureDocument();
    doc.sessions[0].kind = 'keynot';
    doc.sessions[2].slot = { roomId: 'r-amphi-a', day: '2025-10-14', start: '9h30' };
    delete doc.participants[1].lastName;
    doc.rooms[0].capacity = 'large';
    doc.posterHall.posters[0].highlighted = 'yes';
    doc.themes[1].color = 'green';
    doc.settings.snapMinutes = 7;
    doc.event.days = [];
    const problems = problemsOf(openProjectText(JSON.stringify(doc)));
    const byPath = Object.fromEntries(problems.map((p) => [p.path, say(p)]));
    expect(byPath).toEqual({
      'event.days': 'event.days: the event needs at least one day.',
      'rooms[0].capacity': 'rooms[0].capacity: expected a number, found "large".',
      'themes[1].color': 'themes[1].color: expected a colour as #RRGGBB, found "green".',
      'sessions[0].kind': expect.stringMatching(/^sessions\[0\]\.kind: expected one of: keynote, talk, .*, meal; found "keynot"\.$/),
      'sessions[2].slot.start': 'sessions[2].slot.start: expected a time as HH:MM, found "9h30".',
      'participants[1].lastName': 'participants[1].lastName: required field is missing: add it.',
      'posterHall.posters[0].highlighted': 'posterHall.posters[0].highlighted: expected true or false, found "yes".',
      'settings.snapMinutes': 'settings.snapMinutes: expected one of: 5, 10, 15, 30; found 7.',
    });
    expect(problems).toHaveLength(8);
  });

  it('gives every field problem a French sentence too', async () => {
    const doc = await fixtureDocument();
    doc.sessions[0].durationMinutes = 12.5;
    doc.people[0].lastName = '';
    const problems = problemsOf(openProjectText(JSON.stringify(doc)));
    expect(problems.map((p) => say(p, fr))).toEqual([
      'people[0].lastName : nom de famille attendu : il ne peut pas être vide.',
      'sessions[0].durationMinutes : nombre entier attendu, trouvé 12.5.',
    ]);
  });
});

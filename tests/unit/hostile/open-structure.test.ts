/** Hostile project files: parent loops, deep nesting, huge texts, `__proto__` keys and a negative version. */
import { describe, expect, it } from 'vitest';
import { createI18n, describeProblem } from '../../../shared/i18n/index.ts';
import { openProjectText } from '../../../shared/model/document.ts';
import type { Problem } from '../../../shared/problems.ts';
import { fixtureDocument } from '../../fixtures/project.ts';

const en = createI18n('en');
const fr = createI18n('fr');
const say = (problem: Problem) => describeProblem(en.t.bind(en), problem);
const dire = (problem: Problem) => describeProblem(fr.t.bind(fr), problem);

async function openText(damage: (doc: Record<string, any>) => string | void) {
  const doc = await fixtureDocument();
  const text = damage(doc) ?? JSON.stringify(doc);
  return openProjectText(text, 'from-a-colleague.regie');
}

const sessionIndex = (doc: Record<string, any>, id: string): number => doc.sessions.findIndex((s: { id: string }) => s.id === id);

describe('a loop of parent sessions is cut on opening, and said', () => {
  it('two sessions that are each other’s parent: the first in the file loses its parent, the notice names both', async () => {
    let theme = -1;
    let keynote = -1;
    const opened = await openText((doc) => {
      theme = sessionIndex(doc, 's-theme-1');
      keynote = sessionIndex(doc, 's-keynote-1');
      doc.sessions[theme].parentId = 's-keynote-1';
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const first = Math.min(theme, keynote);
    expect(opened.project.sessions[first]?.parentId).toBeNull();
    expect(opened.project.sessions[Math.max(theme, keynote)]?.parentId).not.toBeNull();
    const notice = opened.repairs.filter((r) => r.code === 'model:repaired.parentCycle');
    expect(notice.map(say)).toEqual([
      `from-a-colleague.regie, sessions[${first}].parentId: these sessions are each other’s parents in a loop ` +
        '(Les données longitudinales, levier de la médecine de précision → Keynote — données longitudinales → Les données longitudinales, levier de la médecine de précision): ' +
        'the first one no longer has a parent session. Check the nesting in the session’s form.',
    ]);
  });

  it('a loop of three behind a chain: only the loop is cut, once', async () => {
    const opened = await openText((doc) => {
      doc.sessions[sessionIndex(doc, 's-theme-1')].parentId = 's-theme-4';
      doc.sessions[sessionIndex(doc, 's-theme-4')].parentId = 's-keynote-4';
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const loops = opened.repairs.filter((r) => r.code === 'model:repaired.parentCycle');
    expect(loops).toHaveLength(1);
    // Every walk up the parents now ends.
    const parentOf = new Map(opened.project.sessions.map((s) => [s.id, s.parentId]));
    for (const session of opened.project.sessions) {
      const seen = new Set<string>();
      for (let at: string | null | undefined = session.id; at; at = parentOf.get(at)) {
        expect(seen.has(at)).toBe(false);
        seen.add(at);
      }
    }
  });
});

describe('a file nested or stretched beyond the format is refused with the file and the path', () => {
  it('100,000 nested lists in a field: refused, naming the file and where, never a stack overflow', async () => {
    const opened = await openText((doc) => {
      const text = JSON.stringify(doc);
      return text.replace('"notes":""', `"notes":${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.problems).toHaveLength(1);
    const message = say(opened.problems[0]!);
    expect(message).toMatch(/^from-a-colleague\.regie, participants\[0\]\.notes\[0\]\[0\]/);
    expect(message).toContain('nested more than 64 levels deep');
    expect(dire(opened.problems[0]!)).toContain('imbriqués à plus de 64 niveaux');
  });

  it('a text of a million characters: refused, naming the field', async () => {
    const opened = await openText((doc) => {
      doc.sessions[0].title = 'x'.repeat(1_000_000);
    });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.problems.map(say)).toEqual([
      'from-a-colleague.regie, sessions[0].title: this text is 1000000 characters long, beyond the 200000 a Régie field can hold: the file is damaged. It was not opened; shorten the text in a text editor or open a backup copy.',
    ]);
  });
});

describe('keys and versions that mean something else', () => {
  it('a "__proto__" key inside a record is left out with a repair notice', async () => {
    const opened = await openText((doc) => {
      const text = JSON.stringify(doc);
      return text.replace('"importedValues":{}', '"importedValues":{"__proto__":{"polluted":"yes"},"email":"a@b.org"}');
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const notice = opened.repairs.filter((r) => r.code === 'files:structure.reservedKey');
    expect(notice.map(say)).toEqual([
      'from-a-colleague.regie, participants[0].importedValues.__proto__: the key “__proto__” means nothing in a Régie project: it was left out and will not be saved.',
    ]);
    expect(opened.project.participants[0]?.importedValues).toEqual({ email: 'a@b.org' });
  });

  it('version −1 is described as negative, not as “not a whole number”', async () => {
    const opened = await openText((doc) => {
      doc.version = -1;
    });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.problems.map(say)).toEqual([
      'from-a-colleague.regie, version: the format version is -1: a version is never negative, so the file is damaged. Open a backup copy, or put back "version": 1 in a text editor.',
    ]);
  });
});

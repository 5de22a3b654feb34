import { describe, expect, it } from 'vitest';
import { openProjectText, serializeProject } from '../../../shared/model/document.ts';
import { ANCESTOR_LIMIT, lineage, stampRevision } from '../../../shared/model/revisions.ts';
import { buildProject } from '../../fixtures/project.ts';

describe('the revision history in the file', () => {
  it('is empty in a file written before it existed, and the file still opens', () => {
    const text = serializeProject(buildProject()).replace(/,\s*"history": \{[^}]*\}/, '');
    expect(text).not.toContain('"history"');
    const opened = openProjectText(text);
    expect(opened.ok && opened.project.history).toEqual({ projectId: '', revision: '', ancestors: [] });
  });

  it('gives a project its id at its first save, and keeps it afterwards', () => {
    const first = stampRevision(buildProject(), { revision: 'r1', projectId: 'p1' });
    expect(first.history).toEqual({ projectId: 'p1', revision: 'r1', ancestors: [] });
    const second = stampRevision(first, { revision: 'r2', projectId: 'another' });
    expect(second.history).toEqual({ projectId: 'p1', revision: 'r2', ancestors: ['r1'] });
  });

  it('records the previous revision first, and stays bounded', () => {
    let project = buildProject();
    for (let i = 1; i <= ANCESTOR_LIMIT + 20; i += 1) project = stampRevision(project, { revision: `r${i}`, projectId: 'p' });
    expect(project.history.revision).toBe(`r${ANCESTOR_LIMIT + 20}`);
    expect(project.history.ancestors).toHaveLength(ANCESTOR_LIMIT);
    expect(project.history.ancestors.slice(0, 2)).toEqual([`r${ANCESTOR_LIMIT + 19}`, `r${ANCESTOR_LIMIT + 18}`]);
    expect(lineage(project).slice(0, 2)).toEqual([`r${ANCESTOR_LIMIT + 20}`, `r${ANCESTOR_LIMIT + 19}`]);
  });

  it('is saved and read back with the project', () => {
    const project = stampRevision(buildProject(), { revision: 'r1', projectId: 'p1' });
    const opened = openProjectText(serializeProject(project));
    expect(opened.ok && opened.project.history).toEqual({ projectId: 'p1', revision: 'r1', ancestors: [] });
  });
});

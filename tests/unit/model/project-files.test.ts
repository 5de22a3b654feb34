import { chmod, mkdir, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, describeProblem } from '../../../shared/i18n/index.ts';
import { serializeProject } from '../../../shared/model/document.ts';
import { CURRENT_VERSION, type Project } from '../../../shared/model/schema.ts';
import { MAX_PROJECT_BYTES, ProjectFileError, readProjectFile, writeProjectFile } from '../../../main/services/project-files.ts';
import { fixtureProject, V0_FIXTURE } from '../../fixtures/project.ts';
import { tempFolder } from '../../fixtures/temp-files.ts';

const en = createI18n('en');

describe('reading a project file', () => {
  it('opens a saved project as it was', async () => {
    const folder = await tempFolder();
    const project = await fixtureProject();
    await writeProjectFile(join(folder, 'lille.regie'), project);
    expect(await readProjectFile(join(folder, 'lille.regie'))).toEqual({ ok: true, project, repairs: [] });
  });

  it('opens an old-format file through the migrations', async () => {
    const opened = await readProjectFile(V0_FIXTURE);
    expect(opened.ok && opened.project.version).toBe(CURRENT_VERSION);
  });

  it('names the file that is missing', async () => {
    const folder = await tempFolder();
    const opened = await readProjectFile(join(folder, 'nowhere.regie'));
    expect(opened).toEqual({ ok: false, problems: [{ code: 'model:open.notFound', file: 'nowhere.regie' }] });
    if (!opened.ok) expect(describeProblem(en.t, opened.problems[0]!)).toBe('nowhere.regie: the file was not found. Check its name and folder.');
  });

  it('says a folder is not a project file', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, 'plans.regie'));
    expect(await readProjectFile(join(folder, 'plans.regie'))).toEqual({ ok: false, problems: [{ code: 'model:open.isFolder', file: 'plans.regie' }] });
  });

  it('refuses a file over the largest supported project (64 MB) before reading it', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'huge.regie');
    await writeFile(path, '');
    await truncate(path, MAX_PROJECT_BYTES + 1);
    const opened = await readProjectFile(path);
    expect(opened).toEqual({ ok: false, problems: [{ code: 'model:open.tooLarge', file: 'huge.regie', params: { sizeMb: 64, limitMb: 64 } }] });
  });

  it('refuses a file that is not UTF-8, saying where', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'latin1.regie');
    await writeFile(path, Buffer.concat([Buffer.from('{"format": "regie-project", "name": "Journ'), Buffer.from([0xe9]), Buffer.from('es"}')]));
    expect(await readProjectFile(path)).toEqual({ ok: false, problems: [{ code: 'model:open.notUtf8', file: 'latin1.regie', params: { position: 42 } }] });
  });

  it('reports a damaged file by its name', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'damaged.regie');
    await writeFile(path, '{"format": "regie-project", "version": 1, "event": ');
    const opened = await readProjectFile(path);
    expect(opened.ok === false && opened.problems[0]).toMatchObject({ code: 'model:open.truncated', file: 'damaged.regie' });
  });
});

describe('saving a project file', () => {
  it('writes the serialized project and leaves no temporary file behind', async () => {
    const folder = await tempFolder();
    const project = await fixtureProject();
    const path = join(folder, 'plan.regie');
    await writeFile(path, 'an older plan');
    await writeProjectFile(path, project);
    expect(await readFile(path, 'utf8')).toBe(serializeProject(project));
    expect(await readdir(folder)).toEqual(['plan.regie']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'shared-plan.regie');
    await writeFile(path, 'an older plan');
    await chmod(path, 0o664);
    await writeProjectFile(path, await fixtureProject());
    expect((await stat(path)).mode & 0o777).toBe(0o664);
  });

  it('keeps the previous file intact when the project cannot be written out', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'plan.regie');
    await writeFile(path, 'the previous plan');
    const project = await fixtureProject();
    const broken = { ...project, event: { ...project.event, description: 10n } } as unknown as Project;
    await expect(writeProjectFile(path, broken)).rejects.toBeInstanceOf(ProjectFileError);
    expect(await readFile(path, 'utf8')).toBe('the previous plan');
    expect(await readdir(folder)).toEqual(['plan.regie']);
  });

  it('keeps the previous file intact when the final rename fails, and cleans up', async () => {
    const folder = await tempFolder();
    // A folder in the way makes the rename fail after the temporary file was fully written.
    const path = join(folder, 'plan.regie');
    await mkdir(path);
    await writeFile(join(path, 'inside.txt'), 'kept');
    const error = await writeProjectFile(path, await fixtureProject()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProjectFileError);
    expect((error as ProjectFileError).problem).toMatchObject({ code: 'model:save.failed', file: 'plan.regie' });
    expect(await readdir(folder)).toEqual(['plan.regie']);
    expect(await readFile(join(path, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('says the folder does not exist', async () => {
    const folder = await tempFolder();
    const error = await writeProjectFile(join(folder, 'missing', 'plan.regie'), await fixtureProject()).catch((e: unknown) => e);
    expect((error as ProjectFileError).problem).toEqual({ code: 'model:save.noFolder', file: 'plan.regie' });
    expect(describeProblem(en.t, (error as ProjectFileError).problem)).toBe('plan.regie: the folder does not exist. Choose another place.');
  });
});

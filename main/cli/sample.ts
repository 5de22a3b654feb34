/** `regie sample --out <file>`: writes the reference event (PEPR Santé Numérique 2025) as a project file. */
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeProblem } from '../../shared/i18n/index.ts';
import type { Project } from '../../shared/model/schema.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { ProjectFileError, writeProjectFile } from '../services/project-files.ts';
import type { CliIO, CliCommand } from './io.ts';
import { parseCli } from './validate.ts';

const exists = (path: string) => access(path).then(() => true, () => false);

/** Writes a new project file; an existing file is only replaced with --force, so nobody loses a plan by a typo. */
export async function writeNewProject(file: string, force: boolean, project: () => Project, io: CliIO): Promise<number> {
  const path = resolve(io.cwd, file);
  if (!force && (await exists(path))) {
    io.err(io.t('model:cli.exists', { file }));
    return 1;
  }
  try {
    await writeProjectFile(path, project());
  } catch (error) {
    if (!(error instanceof ProjectFileError)) throw error;
    io.err(describeProblem(io.t, { ...error.problem, file }));
    return 1;
  }
  return 0;
}

export const run: CliCommand = async (args, io) => {
  const usage = 'model:cli.sample.usage';
  const parsed = parseCli({ options: { out: { type: 'string' }, force: { type: 'boolean', default: false } } }, args, io, usage);
  if (!parsed) return 2;
  const file = parsed.values.out;
  if (file === undefined || file === '') {
    io.err(io.t(usage));
    return 2;
  }
  const code = await writeNewProject(file, parsed.values.force === true, sampleProject, io);
  if (code === 0) io.out(io.t('model:cli.sample.written', { file }));
  return code;
};

/** `regie validate <file>`: opens a project file as Régie would and lists every problem with its field path. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describeProblems } from '../../shared/i18n/index.ts';
import { isFileProblem } from '../../shared/model/document.ts';
import type { Problem } from '../../shared/problems.ts';
import type { ReadProject } from '../services/project-files.ts';
import type { CliCommand, CliIO } from './io.ts';
import { isReadingProblem, readProjectForCli } from './read-untrusted.ts';
import type { TextKey } from '../../shared/i18n/typed-keys.ts';

/** The file name is in the heading already: each listed problem only needs its path; a repeated one is one line. */
const listed = (io: CliIO, problems: readonly Problem[]): string[] =>
  describeProblems(io.t, problems.map((problem) => ({ ...problem, file: undefined }))).map((line) => `  ${line}`);

/** Opens the file named on the command line; on failure prints why and returns the exit code to give. */
export async function openForCli(file: string, io: CliIO): Promise<Extract<ReadProject, { ok: true }> | number> {
  const opened = await readProjectForCli(file, io);
  if (opened.ok) return opened;
  if (opened.problems.every((problem) => isFileProblem(problem) || isReadingProblem(problem))) {
    for (const line of describeProblems(io.t, opened.problems.map((problem) => ({ ...problem, file })))) io.err(line);
    return 2;
  }
  io.err(io.t('model:cli.validate.invalid', { file, count: opened.problems.length }));
  for (const line of listed(io, opened.problems)) io.err(line);
  return 1;
}

/** parseArgs, with wrong usage turned into the command's usage line (exit 2) instead of an exception. */
export function parseCli<T extends ParseArgsConfig>(config: T, args: readonly string[], io: CliIO, usage: TextKey): ReturnType<typeof parseArgs<T>> | null {
  try {
    return parseArgs<T>({ ...config, args: [...args], strict: true });
  } catch {
    io.err(io.t(usage));
    return null;
  }
}

export const run: CliCommand = async (args, io) => {
  const parsed = parseCli({ allowPositionals: true, options: {} }, args, io, 'model:cli.validate.usage');
  if (!parsed) return 2;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.err(io.t('model:cli.validate.usage'));
    return 2;
  }
  const opened = await openForCli(file, io);
  if (typeof opened === 'number') return opened;
  const { project, repairs } = opened;
  io.out(
    io.t('model:cli.validate.ok', {
      file,
      version: project.version,
      sessions: project.sessions.length,
      rooms: project.rooms.length,
      participants: project.participants.length,
      posters: project.posterHall.posters.length,
    }),
  );
  if (repairs.length > 0) {
    io.out(io.t('model:cli.validate.repaired', { count: repairs.length }));
    for (const line of listed(io, repairs)) io.out(line);
  }
  return 0;
};

/** `regie programme export <project> --format xml|json|ics --out <file> [--per-person <folder>]`: the programme for attendees' apps. */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeProblem } from '../../shared/i18n/index.ts';
import type { ProgrammeFormat } from '../../shared/programme/programme-formats.ts';
import { ExportFailed } from '../services/export/index.ts';
import { writeProgrammeFiles } from '../services/export/programme.ts';
import { writeProblem } from '../services/write-problem.ts';
import type { CliCommand } from './io.ts';
import { openForCli, parseCli } from './validate.ts';

const SINGLE_FILE_FORMATS = ['xml', 'json', 'ics'] as const;
const isSingleFileFormat = (value: string): value is (typeof SINGLE_FILE_FORMATS)[number] => (SINGLE_FILE_FORMATS as readonly string[]).includes(value);

export const run: CliCommand = async (args, io) => {
  const options = { format: { type: 'string' }, out: { type: 'string' }, 'per-person': { type: 'string' } } as const;
  const parsed = parseCli({ allowPositionals: true, options }, args, io, 'exports:programme.cli.usage');
  if (!parsed) return 2;
  const [file, ...extra] = parsed.positionals;
  const { format, out, 'per-person': perPerson } = parsed.values;
  if (file === undefined || extra.length > 0 || !format || !out || perPerson === '') {
    io.err(io.t('exports:programme.cli.usage'));
    return 2;
  }
  if (!isSingleFileFormat(format)) {
    io.err(io.t('exports:programme.cli.unknownFormat', { value: format }));
    return 2;
  }
  const opened = await openForCli(file, io);
  if (typeof opened === 'number') return opened;
  const outPath = resolve(io.cwd, out);
  const personalFolder = perPerson === undefined ? null : resolve(io.cwd, perPerson);
  if (personalFolder) {
    try {
      await mkdir(personalFolder, { recursive: true });
    } catch (error) {
      io.err(describeProblem(io.t, writeProblem(error, personalFolder, perPerson)));
      return 2;
    }
  }
  const formats: ProgrammeFormat[] = personalFolder ? [format, 'personal'] : [format];
  try {
    const written = await writeProgrammeFiles(opened.project, formats, io.language, (built) =>
      built.format === 'personal' && personalFolder ? join(personalFolder, built.name) : outPath,
    );
    io.out(io.t('exports:programme.cli.written', { file: out }));
    if (perPerson !== undefined) io.out(io.t('exports:programme.cli.personal', { count: written.length - 1, folder: perPerson }));
    return 0;
  } catch (error) {
    if (!(error instanceof ExportFailed)) throw error;
    io.err(describeProblem(io.t, error.problem));
    return 1;
  }
};

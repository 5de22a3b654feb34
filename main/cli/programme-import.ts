/** `regie programme import [<project.regie>] <schedule.xml|json> --out <file.regie> [--json]`: a frab or pretalx programme into a project. */
import { resolve } from 'node:path';
import { describeProblem } from '../../shared/i18n/index.ts';
import { importProgramme } from '../../shared/programme/apply.ts';
import { reportSections, reportSummary } from '../../shared/programme/report-lines.ts';
import type { Project, Slot } from '../../shared/model/schema.ts';
import { readScheduleFile } from '../services/programme/read-schedule-file.ts';
import { writeProjectFile } from '../services/project-files.ts';
import { writeProblem } from '../services/write-problem.ts';
import type { CliCommand } from './io.ts';
import { openForCli, parseCli } from './validate.ts';

/** A slot with its room's name, for --json readers who do not know Régie's ids. */
const placed = (project: Project, at: { slot: Slot | null; durationMinutes: number }) => ({
  room: at.slot ? (project.rooms.find((room) => room.id === at.slot!.roomId)?.name ?? null) : null,
  day: at.slot?.day ?? null,
  start: at.slot?.start ?? null,
  durationMinutes: at.durationMinutes,
});

export const run: CliCommand = async (args, io) => {
  const parsed = parseCli({ allowPositionals: true, options: { out: { type: 'string' }, json: { type: 'boolean' } } }, args, io, 'programmeImport:cli.usage');
  if (!parsed) return 2;
  const { positionals, values } = parsed;
  if (positionals.length < 1 || positionals.length > 2 || values.out === undefined) {
    io.err(io.t('programmeImport:cli.usage'));
    return 2;
  }
  const [projectFile, scheduleFile] = positionals.length === 2 ? positionals : [null, positionals[0]!];
  let project: Project | null = null;
  if (projectFile !== null) {
    const opened = await openForCli(projectFile, io);
    if (typeof opened === 'number') return opened;
    project = opened.project;
  }
  const read = await readScheduleFile(resolve(io.cwd, scheduleFile!));
  if (!read.ok) {
    for (const problem of read.problems) io.err(describeProblem(io.t, { ...problem, file: scheduleFile! }));
    io.err(io.t('programmeImport:cli.nothingWritten'));
    return 2;
  }
  const { project: next, report } = importProgramme(project, read.programme);
  const notices = read.notices.map((notice) => describeProblem(io.t, { ...notice, file: scheduleFile! }));
  const outPath = resolve(io.cwd, values.out);
  try {
    await writeProjectFile(outPath, next);
  } catch (error) {
    io.err(describeProblem(io.t, writeProblem(error, outPath, values.out)));
    return 2;
  }
  if (values.json) {
    io.out(JSON.stringify({
      schedule: scheduleFile,
      written: values.out,
      counts: report.counts,
      added: report.added,
      changed: report.changed.map(({ title, fields }) => ({ title, fields })),
      removed: report.removed.map(({ title }) => title),
      movesKept: report.movesKept.map((move) => ({ title: move.title, inRegie: placed(next, move.inRegie), inProgramme: placed(next, move.inProgramme) })),
      roomsToCheck: report.roomsToCheck,
      inBacklog: report.inBacklog,
      notices,
    }, null, 2));
    return 0;
  }
  for (const line of reportSummary(io.t, report)) io.out(line);
  for (const section of reportSections(io.t, report, next)) {
    io.out(section.heading);
    for (const item of section.items) io.out(`  ${item}`);
  }
  for (const notice of notices) io.out(`⚠ ${notice}`);
  io.out(io.t('programmeImport:cli.written', { file: values.out }));
  return 0;
};

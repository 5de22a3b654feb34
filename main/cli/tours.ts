/** `regie tours <project> [--size N] [--json] [--out <file.regie>]`: plans (or re-plans, keeping pins) every tour. */
import { resolve } from 'node:path';
import { applyEdits, type Edit } from '../../shared/edits/index.ts';
import { fullName } from '../../shared/model/people.ts';
import type { Project } from '../../shared/model/schema.ts';
import { planProjectTour, type TourPlan } from '../../shared/tours/index.ts';
import { eligibleParticipants } from '../../shared/tours/input.ts';
import { writeProjectFile } from '../services/project-files.ts';
import type { CliCommand, CliIO } from './io.ts';
import { openForCli, parseCli } from './validate.ts';

function printPlan(io: CliIO, project: Project, tourIndex: number, plan: TourPlan, limit: number): void {
  const tour = project.tours[tourIndex]!;
  const people = new Map(project.people.map((p) => [p.id, fullName(p)]));
  const participants = new Map(project.participants.map((p) => [p.id, fullName(p)]));
  const groupNames = new Map([...tour.groups, ...plan.groups].map((g) => [g.id, g.name]));
  io.out(io.t('tours:cli.tour', { name: tour.name, count: eligibleParticipants(project, tour).length, groups: plan.groups.length, limit }));
  for (const group of plan.groups) {
    io.out(io.t('tours:cli.group', {
      name: group.name,
      guide: group.guideId === null ? io.t('tours:view.noGuide') : (people.get(group.guideId) ?? group.guideId),
      language: group.language.toUpperCase(),
      departure: group.departure ?? '—',
      size: group.participantIds.length,
    }));
    io.out(io.t('tours:cli.members', { names: group.participantIds.map((id) => participants.get(id) ?? id).join(', ') }));
  }
  const moves = plan.moves;
  if (tour.groups.length > 0 && moves.length > 0) {
    io.out(io.t('tours:cli.movedTitle'));
    const where = (id: string | null) => (id === null ? io.t('tours:cli.noGroup') : (groupNames.get(id) ?? id));
    for (const move of moves) io.out(io.t('tours:cli.moved', { name: participants.get(move.participantId) ?? move.participantId, from: where(move.from), to: where(move.to) }));
  }
  for (const problem of plan.problems) io.out(io.t('tours:cli.impossible', { message: io.t(problem.code, problem.params) }));
}

export const run: CliCommand = async (args, io) => {
  const parsed = parseCli({ allowPositionals: true, options: { size: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' } } }, args, io, 'tours:cli.usage');
  if (!parsed) return 2;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.err(io.t('tours:cli.usage'));
    return 2;
  }
  const sizeText = parsed.values.size;
  const size = sizeText === undefined ? undefined : Number(sizeText);
  if (size !== undefined && !(Number.isInteger(size) && size > 0)) {
    io.err(io.t('tours:cli.badSize', { value: sizeText ?? '' }));
    return 2;
  }
  const opened = await openForCli(file, io);
  if (typeof opened === 'number') return opened;
  const { project } = opened;
  const plans = project.tours.map((tour) => planProjectTour(project, tour, undefined, size));
  const complete = plans.every((plan) => plan.unplaced.length === 0 && plan.problems.length === 0);

  if (parsed.values.json) {
    io.out(JSON.stringify({
      tours: project.tours.map((tour, i) => ({
        id: tour.id,
        groups: plans[i]!.groups.map(({ id, name, guideId, language, departure, participantIds }) => ({ id, name, guideId, language, departure, participantIds })),
      })),
      problems: project.tours.flatMap((tour, i) => plans[i]!.problems.map((p) => ({ tourId: tour.id, code: p.code, params: p.params, message: io.t(p.code, p.params) }))),
    }, null, 2));
  } else if (project.tours.length === 0) {
    io.out(io.t('tours:cli.none'));
  } else {
    plans.forEach((plan, i) => printPlan(io, project, i, plan, size ?? project.tours[i]!.groupSizeLimit));
  }

  if (parsed.values.out !== undefined) {
    const edits: Edit[] = project.tours.flatMap((tour, i) => [
      ...(size === undefined ? [] : [{ type: 'tours/update' as const, payload: { tourId: tour.id, changes: { groupSizeLimit: size } } }]),
      { type: 'tours/setGroups' as const, payload: { tourId: tour.id, groups: plans[i]!.groups } },
    ]);
    await writeProjectFile(resolve(io.cwd, parsed.values.out), applyEdits(project, edits).project);
    if (!parsed.values.json) io.out(io.t('tours:cli.written', { file: parsed.values.out }));
  }
  return complete ? 0 : 1;
};

/**
 * `regie posters <project> [--assign] [--import <list.xlsx|csv>] [--json] [--out <file.regie>]`: imports a poster
 * list, assigns the posters (pins kept), prints the boards in walking order with the quality figure.
 * Exit 0 when every poster has a face, 1 when some have none (the hall too small: by how many faces), 2 for a file that cannot be read.
 */
import { resolve } from 'node:path';
import { applyEdit } from '../../shared/edits/index.ts';
import { describeProblem } from '../../shared/i18n/index.ts';
import { sortNotes } from '../../shared/import/report.ts';
import type { ImportNote } from '../../shared/import/notes.ts';
import type { Poster, Project } from '../../shared/model/schema.ts';
import { assignPosters } from '../../shared/posters/assign.ts';
import { planPosterImport, preparePosterImport } from '../../shared/posters/import.ts';
import { peopleById, presenterNames } from '../../shared/posters/presenters.ts';
import { hallQuality, type HallQuality } from '../../shared/posters/quality.ts';
import { walkingFaces } from '../../shared/posters/walk.ts';
import type { Problem } from '../../shared/problems.ts';
import { writeProjectFile } from '../services/project-files.ts';
import type { CliCommand, CliIO } from './io.ts';
import { readTableForCli } from './read-untrusted.ts';
import { openForCli, parseCli } from './validate.ts';

/** Reads the list and adds or updates its posters; null (after saying why) when the file cannot be read. */
async function importList(project: Project, file: string, io: CliIO, problems: Problem[]): Promise<Project | null> {
  const read = await readTableForCli(file, io);
  if (!('ok' in read)) {
    for (const problem of read.problems) io.err(describeProblem(io.t, { ...problem, file }));
    return null;
  }
  const prepared = preparePosterImport(read.table.rows);
  if (prepared.headerIndex < 0) {
    io.err(describeProblem(io.t, { code: 'posters:import.noHeader', file }));
    return null;
  }
  const plan = planPosterImport(project, read.table.rows, prepared.headerIndex, prepared.columns);
  const notes: ImportNote[] = plan.notes.map((note) => ({ ...note, file }));
  if (notes.some((n) => n.code === 'posters:import.titleNotMapped')) {
    for (const note of notes) io.err(describeProblem(io.t, note));
    return null;
  }
  problems.push(...notes.filter((n) => n.level !== 'info'));
  io.err(io.t('posters:cli.imported', { file, summary: io.t('posters:import.summary', { ...plan.summary }) }));
  for (const note of sortNotes(notes)) if (note.level !== 'info') io.err(`  ${note.level === 'error' ? '✖' : '⚠'} ${describeProblem(io.t, note)}`);
  return applyEdit(project, { type: 'posters/import', payload: { posters: plan.posters } });
}

function boardLines(project: Project, io: CliIO): string[] {
  const people = peopleById(project.people);
  const themes = new Map(project.themes.map((t) => [t.id, t.name]));
  const byFace = new Map(project.posterHall.posters.filter((p) => p.boardFaceId).map((p) => [p.boardFaceId!, p]));
  const lines = walkingFaces(project.posterHall).map(({ board, face }) => {
    const poster = byFace.get(face.id);
    const place = { number: board.number, side: face.side, prime: board.prime ? io.t('posters:cli.primeMark') : '' };
    if (!poster) return io.t('posters:cli.free', place);
    return io.t('posters:cli.board', {
      ...place, title: poster.title, presenters: presenterNames(poster, people),
      theme: (poster.themeId && themes.get(poster.themeId)) || io.t('posters:view.noTheme'),
      highlighted: poster.highlighted ? io.t('posters:cli.highlightedMark') : '',
    });
  });
  return lines;
}

function currentQuality(project: Project): HallQuality {
  const faces = walkingFaces(project.posterHall);
  const posterOf = new Map<string, Poster>();
  for (const poster of project.posterHall.posters) if (poster.boardFaceId && !posterOf.has(poster.boardFaceId)) posterOf.set(poster.boardFaceId, poster);
  return hallQuality(faces, posterOf, project.posterHall);
}

export const run: CliCommand = async (args, io) => {
  const parsed = parseCli(
    { allowPositionals: true, options: { assign: { type: 'boolean' }, import: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' } } },
    args,
    io,
    'posters:cli.usage',
  );
  if (!parsed) return 2;
  const [projectFile, ...extra] = parsed.positionals;
  if (projectFile === undefined || extra.length > 0) {
    io.err(io.t('posters:cli.usage'));
    return 2;
  }
  const opened = await openForCli(projectFile, io);
  if (typeof opened === 'number') return 2;
  let project = opened.project;
  const problems: Problem[] = [];

  if (parsed.values.import !== undefined) {
    const imported = await importList(project, parsed.values.import, io, problems);
    if (!imported) return 2;
    project = imported;
  }
  if (parsed.values.assign) {
    const result = assignPosters(project.posterHall, project.themes);
    const placements = result.placements.map(({ posterId, faceId }) => ({ posterId, faceId }));
    project = applyEdit(project, { type: 'posters/applyAssignment', payload: { placements, boardNumbers: result.boardNumbers } });
  }

  const quality = currentQuality(project);
  const faces = project.posterHall.boards.reduce((n, b) => n + b.faces.length, 0);
  const posters = project.posterHall.posters.length;
  const unplaced = project.posterHall.posters.filter((p) => !p.boardFaceId);
  if (quality.missingFaces > 0) problems.push({ code: 'posters:cli.tooSmall', params: { missing: quality.missingFaces, posters, faces } });
  else if (unplaced.length > 0) problems.push({ code: 'posters:cli.unplaced', params: { count: unplaced.length } });

  if (parsed.values.json) {
    const boardOf = new Map(project.posterHall.boards.flatMap((b) => b.faces.map((f) => [f.id, b.number] as const)));
    const assignments = walkingFaces(project.posterHall).flatMap(({ face }) =>
      project.posterHall.posters.filter((p) => p.boardFaceId === face.id).map((p) => ({ posterId: p.id, boardNumber: boardOf.get(face.id)!, faceId: face.id })),
    );
    const described = problems.map((p) => ({ ...p, message: describeProblem(io.t, p) }));
    io.out(JSON.stringify({ assignments, quality, problems: described }, null, 2));
  } else {
    for (const line of boardLines(project, io)) io.out(line);
    const people = peopleById(project.people);
    for (const poster of unplaced) io.out(io.t('posters:cli.unassigned', { title: poster.title, presenters: presenterNames(poster, people) }));
    io.out(io.t('posters:cli.quality', { ...quality }));
    for (const problem of problems.filter((p) => p.code.startsWith('posters:cli.'))) io.err(describeProblem(io.t, problem));
  }

  if (parsed.values.out !== undefined) {
    await writeProjectFile(resolve(io.cwd, parsed.values.out), project);
    io.err(io.t('posters:cli.written', { file: parsed.values.out }));
  }
  return unplaced.length > 0 ? 1 : 0;
};

/** `regie generate --out <file> [--days … --seed …]`: a synthetic large event, the same for the same seed. */
import { generateEvent, LARGE_EVENT, type GenerateOptions } from '../../shared/sample/generate.ts';
import type { Project } from '../../shared/model/schema.ts';
import type { CliCommand } from './io.ts';
import { writeNewProject } from './sample.ts';
import { parseCli } from './validate.ts';

/** Each size option and the least it can be: an event has at least a day and a room. */
const MINIMUM: Readonly<Record<keyof GenerateOptions, number>> = { days: 1, rooms: 1, sessions: 0, participants: 0, posters: 0, seed: 0 };
const SIZES = Object.keys(MINIMUM) as (keyof GenerateOptions)[];

export const run: CliCommand = async (args, io) => {
  const usage = 'model:cli.generate.usage';
  const options = {
    out: { type: 'string' as const },
    force: { type: 'boolean' as const, default: false },
    ...Object.fromEntries(SIZES.map((name) => [name, { type: 'string' as const }])),
  };
  const parsed = parseCli({ options }, args, io, usage);
  if (!parsed) return 2;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const file = values.out;
  if (typeof file !== 'string' || file === '') {
    io.err(io.t(usage));
    return 2;
  }
  const chosen: { -readonly [K in keyof GenerateOptions]: number } = { ...LARGE_EVENT };
  for (const name of SIZES) {
    const given = values[name];
    if (given === undefined) continue;
    const number = /^\d+$/.test(String(given)) ? Number(given) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < MINIMUM[name]) {
      io.err(io.t('model:cli.generate.badNumber', { option: name, minimum: MINIMUM[name], value: String(given) }));
      io.err(io.t(usage));
      return 2;
    }
    chosen[name] = number;
  }
  let project: Project | undefined;
  const code = await writeNewProject(file, values.force === true, () => (project = generateEvent(chosen)), io);
  if (code === 0 && project) {
    io.out(
      io.t('model:cli.generate.written', {
        file,
        days: project.event.days.length,
        rooms: project.rooms.length,
        sessions: project.sessions.length,
        participants: project.participants.length,
        posters: project.posterHall.posters.length,
        seed: chosen.seed,
      }),
    );
  }
  return code;
};

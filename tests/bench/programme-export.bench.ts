/** The programme of the large event (1,500 sessions) in every format: schedule.xml, schedule.json, the programme calendar, personal calendars. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intoFolder, writeProgrammeFiles } from '../../main/services/export/programme.ts';
import { generateEvent, LARGE_EVENT } from '../../shared/sample/generate.ts';
import { programmeFiles } from '../../shared/programme/programme-files.ts';
import { PROGRAMME_FORMATS } from '../../shared/programme/programme-formats.ts';
import type { BenchCase } from './types.ts';

let project: ReturnType<typeof generateEvent> | null = null;
const large = () => (project ??= generateEvent(LARGE_EVENT));
let files = 0;
/** CPU time of the last build, which a machine shared with other work does not inflate as it does the wall-clock time. */
let cpuMs = 0;

export const benchmarks: BenchCase[] = [
  {
    name: 'build the programme of the large event in all formats (xml, json, ics, personal calendars)',
    targetMs: 1000,
    stat: 'median',
    iterations: 5,
    run: () => {
      const event = large();
      const before = process.cpuUsage();
      const built = programmeFiles(event, PROGRAMME_FORMATS, 'fr', Date.now());
      const used = process.cpuUsage(before);
      cpuMs = (used.user + used.system) / 1000;
      files = built.status === 'built' ? built.files.length : 0;
    },
    note: () => `${files} files; last run ${cpuMs.toFixed(0)} ms of CPU`,
  },
  {
    name: 'export the programme of the large event in all formats into a folder (built and written)',
    targetMs: 1000,
    stat: 'median',
    iterations: 3,
    measure: async () => {
      const timings: number[] = [];
      for (let i = 0; i < 4; i++) {
        const folder = await mkdtemp(join(tmpdir(), 'regie-bench-programme-'));
        const start = performance.now();
        await writeProgrammeFiles(large(), PROGRAMME_FORMATS, 'fr', intoFolder(folder));
        // The first run warms up: it is not counted.
        if (i > 0) timings.push(performance.now() - start);
        await rm(folder, { recursive: true, force: true });
      }
      return timings;
    },
  },
];

/** The project file on the large event: generate it, open it (parse + migrate + validate + restore), save it. */
import { openProjectText, serializeProject } from '../../shared/model/document.ts';
import type { Project } from '../../shared/model/schema.ts';
import { generateEvent, LARGE_EVENT } from '../../shared/sample/generate.ts';
import type { BenchCase } from './types.ts';

let project: Project | undefined;
let text: string | undefined;
// Built on first use (inside the untimed warm-up), so loading this file costs nothing when it is filtered out.
const largeEvent = () => (project ??= generateEvent(LARGE_EVENT));
const largeText = () => (text ??= serializeProject(largeEvent()));

export const benchmarks: BenchCase[] = [
  { name: 'generate large event (3 days, 40 rooms, 1,500 sessions, 10,000 participants)', targetMs: 1000, stat: 'median', iterations: 5, run: () => generateEvent(LARGE_EVENT) },
  {
    name: 'open large event (parse + migrate + validate + restore)',
    targetMs: 300,
    stat: 'median',
    iterations: 15,
    run: () => {
      const opened = openProjectText(largeText());
      if (!opened.ok) throw new Error(`the large event does not open: ${opened.problems[0]?.code} at ${opened.problems[0]?.path}`);
    },
  },
  { name: 'serialize large event', targetMs: 150, stat: 'median', iterations: 15, run: () => serializeProject(largeEvent()) },
];

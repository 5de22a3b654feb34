/** The participants list on the large event: a search typed into 10,000 people must follow the typing. */
import type { Participant } from '../../shared/model/schema.ts';
import { generateEvent, LARGE_EVENT } from '../../shared/sample/generate.ts';
import { filterParticipants, NO_FILTERS } from '../../renderer/src/features/participants/participant-filters.ts';
import type { BenchCase } from './types.ts';

let people: readonly Participant[] | undefined;
// Built on first use (inside the untimed warm-up), so loading this file costs nothing when it is filtered out.
const largeList = () => (people ??= generateEvent(LARGE_EVENT).participants);

/** One person's last name, as an organiser would type it. */
const searched = () => largeList().at(-1)!.lastName;

export const benchmarks: BenchCase[] = [
  {
    name: 'search 10,000 participants by a last name (keys folded once, as while typing)',
    targetMs: 250,
    stat: 'p95',
    iterations: 20,
    run: () => {
      const found = filterParticipants(largeList(), { ...NO_FILTERS, search: searched() });
      if (found.length === 0) throw new Error('the search found nobody');
    },
  },
];

/** The merge of two copies of the large event, each with 500 changes, 30 of them on the same fields as the other's. */
import { produce, type Draft } from 'immer';
import { mergeProjects } from '../../shared/merge/index.ts';
import type { Project } from '../../shared/model/schema.ts';
import { generateEvent, LARGE_EVENT } from '../../shared/sample/generate.ts';
import type { BenchCase } from './types.ts';

const CHANGES = 500;
const CONFLICTS = 30;
const DIETS = ['none', 'vegetarian', 'vegan'] as const;

/** Change number `i` of one side, on a record of its own unless `i` is one of the conflicts: sessions renamed or resized, participants' diets, notes and affiliations. */
function change(d: Draft<Project>, i: number, side: 'mine' | 'theirs'): void {
  const index = side === 'mine' || i < CONFLICTS ? i : i + CHANGES;
  const tag = side === 'mine' ? 'M' : 'T';
  switch (i % 5) {
    case 0: { const s = d.sessions[index]!; s.title = `${s.title} (${tag})`; return; }
    case 1: { const s = d.sessions[index]!; s.expectedAudience += side === 'mine' ? 1 : 2; return; }
    case 2: { const p = d.participants[index * 3]!; p.diet = DIETS.filter((diet) => diet !== p.diet)[side === 'mine' ? 0 : 1]!; return; }
    case 3: { const p = d.participants[index * 3 + 1]!; p.notes = `${tag} ${i}`; return; }
    default: { const p = d.participants[index * 3 + 2]!; p.affiliation = `${p.affiliation} (${tag})`; }
  }
}

let copies: { base: Project; mine: Project; theirs: Project } | undefined;
function threeCopies() {
  if (copies) return copies;
  const base = generateEvent(LARGE_EVENT);
  // Each copy as read from its own file: nothing shared between them, so every comparison goes down to the values.
  const separate = (project: Project) => JSON.parse(JSON.stringify(project)) as Project;
  const edited = (side: 'mine' | 'theirs') => separate(produce(base, (d) => { for (let i = 0; i < CHANGES; i++) change(d, i, side); }));
  return (copies = { base: separate(base), mine: edited('mine'), theirs: edited('theirs') });
}

let conflicts = 0;
/** The process's own time per run: on a shared machine the wall clock also counts the others' work. */
const cpuMs: number[] = [];
export const benchmarks: BenchCase[] = [
  {
    name: 'merge two copies of the large event (500 changes each, 30 conflicting)',
    targetMs: 500,
    stat: 'median',
    iterations: 9,
    run: () => {
      const input = threeCopies();
      const start = process.cpuUsage();
      conflicts = mergeProjects(input).conflicts.length;
      const used = process.cpuUsage(start);
      cpuMs.push((used.user + used.system) / 1000);
    },
    note: () => `${conflicts} conflicts; CPU time median ${[...cpuMs].sort((a, b) => a - b)[Math.floor(cpuMs.length / 2)]?.toFixed(0)} ms`,
  },
];

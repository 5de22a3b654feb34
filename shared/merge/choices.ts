/** A merged project with some conflicts turned the other way, without merging again: the few paths are set in place. */
import type { Project } from '../model/schema.ts';
import { PROJECT_SHAPE, VALUE_SHAPE, type Shape } from './shapes.ts';
import type { MergeConflict } from './types.ts';
import { isRecord } from './values.ts';

/** `merged` with their value at each conflict's path (a record they deleted goes, one they kept comes back). */
export function withTheirs(merged: Project, conflicts: readonly MergeConflict[]): Project {
  let project = merged as unknown as Record<string, unknown>;
  for (const { path, theirs } of conflicts) {
    const [area, ...rest] = path as [keyof typeof PROJECT_SHAPE, ...string[]];
    project = { ...project, [area]: setAt(project[area], PROJECT_SHAPE[area], rest, theirs) };
  }
  return project as unknown as Project;
}

function setAt(container: unknown, shape: Shape, path: readonly string[], value: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  if (shape.kind === 'records' && Array.isArray(container)) {
    const index = container.findIndex((record) => String((record as Record<string, unknown>)[shape.key]) === step);
    if (rest.length === 0) {
      if (value === undefined) return container.filter((_, i) => i !== index);
      return index < 0 ? [...container, value] : container.map((record, i) => (i === index ? value : record));
    }
    return index < 0 ? container : container.map((record, i) => (i === index ? setAt(record, shape.item, rest, value) : record));
  }
  if (!isRecord(container)) return container;
  const fieldShape = shape.kind === 'map' ? shape.entry : shape.kind === 'fields' ? (shape.fields[step] ?? VALUE_SHAPE) : VALUE_SHAPE;
  const next = setAt(container[step], fieldShape, rest, value);
  const copy = { ...container };
  if (next === undefined) delete copy[step];
  else copy[step] = next;
  return copy;
}

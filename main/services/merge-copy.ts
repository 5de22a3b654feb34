/** Merging a colleague's copy: read it as a file from elsewhere, find the revision both copies share, merge off this thread. */
import { basename } from 'node:path';
import type { Failed, MergeCopyResult, ReadingProgress } from '../../shared/ipc.ts';
import type { Project } from '../../shared/model/schema.ts';
import type { FileReader } from './untrusted/reader.ts';

export interface MergeCopyRequest {
  readonly mine: Project;
  /** Their file, chosen in the main process's dialog or the open project's own. */
  readonly path: string;
  readonly reader: FileReader;
  readonly onReading?: (progress: ReadingProgress) => void;
  readonly findCommonAncestor: (mine: Project, theirs: Project) => Promise<Project | null>;
  /** Their copy once read: a revision Régie has seen, kept for later merges. */
  readonly onTheirsRead?: (theirs: Project) => void;
}

const failed = (problems: Failed['problems']): Failed => ({ status: 'failed', problems });

/** Two copies of different events: both say which event they are (files saved before revisions were recorded do not), and they differ. */
function otherEvent(mine: Project, theirs: Project): { mine: string; theirs: string } | null {
  const [a, b] = [mine.history.projectId, theirs.history.projectId];
  return a !== '' && b !== '' && a !== b ? { mine: mine.event.name, theirs: theirs.event.name } : null;
}

/**
 * Reads their copy with the limits and checks of opening (a file that fails leaves the open project untouched),
 * then merges in the reading worker. The answer is assembled as text around the worker's texts, never re-parsed.
 */
export async function mergeCopy(request: MergeCopyRequest): Promise<MergeCopyResult> {
  const { mine, path, reader, onReading } = request;
  const opened = await reader.read({ kind: 'project', path }, onReading);
  if (opened.status !== 'done') return opened.status === 'cancelled' ? { status: 'cancelled' } : failed([opened.problem]);
  if (!opened.value.ok) return failed(opened.value.problems);
  const theirsJson = opened.value.projectJson;
  const theirs = JSON.parse(theirsJson) as Project;
  request.onTheirsRead?.(theirs);
  const base = await request.findCommonAncestor(mine, theirs);
  const baseJson = base === null ? null : JSON.stringify(base);
  const merged = await reader.read({ kind: 'merge', path, mineJson: JSON.stringify(mine), theirsJson, baseJson }, onReading);
  if (merged.status !== 'done') return merged.status === 'cancelled' ? { status: 'cancelled' } : failed([merged.problem]);
  if (!('ok' in merged.value)) return merged.value;
  const fileName = JSON.stringify(basename(path));
  const mergeJson = `{"fileName":${fileName},"theirs":${theirsJson},"base":${baseJson ?? 'null'},"result":${merged.value.resultJson},"otherEvent":${JSON.stringify(otherEvent(mine, theirs))}}`;
  return { status: 'merged', mergeJson };
}

/**
 * A snapshot of every revision opened or saved, per project, compressed, in the data folder: the common ancestor a
 * three-way merge needs. Bounded per project by count and bytes; the oldest go first.
 */
import { mkdir, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { openProjectText, serializeProject } from '../../../shared/model/document.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { writeFileAtomic } from '../atomic-write.ts';

const zip = promisify(gzip);
const unzip = promisify(gunzip);

export interface SnapshotLimits {
  /** Snapshots kept per project. */
  readonly count: number;
  /** Compressed bytes kept per project. */
  readonly bytes: number;
}

/** About a month of daily saves, and ten large events' worth of compressed snapshots (about 1 MB each). */
export const SNAPSHOT_LIMITS: SnapshotLimits = { count: 40, bytes: 40 * 1024 * 1024 };

/** Ids go into file names: only the characters a UUID (or a hand-made test id) uses. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;
const EXTENSION = '.regie.gz';

export interface SnapshotStore {
  /**
   * Keeps the project as it is (a revision opened or saved); a project without ids has no place and is skipped.
   * `text`: the project's file text when the caller has it (just saved), so it is not serialised again.
   */
  record(project: Project, text?: Uint8Array | string): Promise<void>;
  /** The revision as it was, or null when no snapshot of it is kept. */
  load(projectId: string, revision: string): Promise<Project | null>;
  /** The revisions kept for a project, newest first. */
  revisions(projectId: string): Promise<string[]>;
}

export function createSnapshotStore(folder: string, limits: SnapshotLimits = SNAPSHOT_LIMITS): SnapshotStore {
  const projectFolder = (projectId: string) => join(folder, 'snapshots', projectId);

  /** The project's snapshots, newest first (by the time they were last recorded). */
  const listed = async (projectId: string) => {
    const dir = projectFolder(projectId);
    const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(EXTENSION));
    const files = await Promise.all(
      names.map(async (name) => {
        const info = await stat(join(dir, name)).catch(() => null);
        return info ? { path: join(dir, name), revision: name.slice(0, -EXTENSION.length), size: info.size, time: info.mtimeMs } : null;
      }),
    );
    return files.filter((f) => f !== null).sort((a, b) => b.time - a.time || a.revision.localeCompare(b.revision));
  };

  const trim = async (projectId: string) => {
    let bytes = 0;
    const kept = await listed(projectId);
    for (const [index, file] of kept.entries()) {
      bytes += file.size;
      // The newest is always kept, even alone over the byte budget: it is the one a merge most likely needs.
      if (index > 0 && (index >= limits.count || bytes > limits.bytes)) await rm(file.path, { force: true });
    }
  };

  return {
    async record(project, text) {
      const { projectId, revision } = project.history;
      if (!SAFE_ID.test(projectId) || !SAFE_ID.test(revision)) return;
      const path = join(projectFolder(projectId), `${revision}${EXTENSION}`);
      await mkdir(projectFolder(projectId), { recursive: true });
      const existing = await stat(path).catch(() => null);
      // A revision never changes: seeing it again only makes it recent.
      if (existing) {
        const now = new Date();
        await utimes(path, now, now);
      } else {
        await writeFileAtomic(path, await zip(text ?? serializeProject(project)));
      }
      await trim(projectId);
    },
    async load(projectId, revision) {
      if (!SAFE_ID.test(projectId) || !SAFE_ID.test(revision)) return null;
      const bytes = await readFile(join(projectFolder(projectId), `${revision}${EXTENSION}`)).catch(() => null);
      if (!bytes) return null;
      const text = await unzip(bytes).then((b) => b.toString('utf8'), () => null);
      const opened = text === null ? null : openProjectText(text);
      return opened?.ok ? opened.project : null;
    },
    async revisions(projectId) {
      if (!SAFE_ID.test(projectId)) return [];
      return (await listed(projectId)).map((file) => file.revision);
    },
  };
}

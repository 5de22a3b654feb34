/** The revisions Régie has seen, kept for merging: snapshots per project, and the common ancestor of two copies. */
export { findCommonAncestor } from './common-ancestor.ts';
export { createSnapshotStore, SNAPSHOT_LIMITS, type SnapshotLimits, type SnapshotStore } from './snapshots.ts';

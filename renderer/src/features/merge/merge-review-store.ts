/** The merge under review: their copy merged with the plan as it was when the merge started. */
import { create } from 'zustand';
import type { MergeCopy } from '../../../../shared/ipc.ts';
import type { Project } from '../../../../shared/model/schema.ts';

export interface MergeUnderReview {
  /** Tells one review from the next, so a new review starts with nothing chosen. */
  readonly serial: number;
  readonly copy: MergeCopy;
  /** The open plan the copy was merged with: applying checks it is still the open one. */
  readonly mine: Project;
}

interface MergeReviewState {
  readonly review: MergeUnderReview | null;
  open(review: Omit<MergeUnderReview, 'serial'>): void;
  close(): void;
}

export const useMergeReview = create<MergeReviewState>((set) => ({
  review: null,
  open: (review) => set((state) => ({ review: { ...review, serial: (state.review?.serial ?? 0) + 1 } })),
  close: () => set({ review: null }),
}));

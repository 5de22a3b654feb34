/** Whether a face suits a poster: the board is wide enough for its paper and offers what it needs. */
import type { Poster, PosterBoard, PosterSize } from '../model/schema.ts';

/** The width each paper size takes on a board, in metres. */
export const POSTER_WIDTH: Readonly<Record<PosterSize, number>> = {
  'A0-portrait': 0.841,
  'A0-landscape': 1.189,
  'A1-portrait': 0.594,
  'A1-landscape': 0.841,
};

export const fits = (poster: Pick<Poster, 'size' | 'needs'>, board: Pick<PosterBoard, 'width' | 'offers'>): boolean =>
  board.width >= POSTER_WIDTH[poster.size] && poster.needs.every((need) => board.offers.includes(need));

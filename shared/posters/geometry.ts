/** Where boards and their faces are on the floor plan, in metres: positions, facing, snapping to the grid. */
import type { PosterBoard, PosterHall } from '../model/schema.ts';

/** How deep a board is drawn on the plan (a real board is a few centimetres: too thin to see or to grab). */
export const BOARD_DEPTH = 0.3;

export interface Point {
  readonly x: number;
  readonly y: number;
}

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** The unit vector along the board, from its left end to its right end as seen from face A. */
export function along(board: Pick<PosterBoard, 'rotation'>): Point {
  const r = radians(board.rotation);
  return { x: Math.cos(r), y: Math.sin(r) };
}

/** Runs left to right (or right to left) on the plan rather than up and down. */
export const isAcross = (board: Pick<PosterBoard, 'rotation'>): boolean => {
  const a = along(board);
  return Math.abs(a.x) >= Math.abs(a.y);
};

/** Rounds a length to the hall's grid step, so dragged boards line up. */
export const snap = (value: number, step: number): number => Math.round(value / step) * step;

/** Keeps a board's centre inside the hall's outline. */
export function clampToHall(hall: Pick<PosterHall, 'width' | 'depth'>, point: Point): Point {
  return { x: Math.min(hall.width, Math.max(0, point.x)), y: Math.min(hall.depth, Math.max(0, point.y)) };
}

export const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Rotations an organiser steps through with the rotate button. */
export const nextRotation = (rotation: number): number => (Math.round(rotation / 90) * 90 + 90) % 360;

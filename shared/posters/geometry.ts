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

export interface FaceRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A face's rectangle in the board's own frame (centre at 0,0, running along x): face A on the upper half, face B below. */
export function faceRect(board: Pick<PosterBoard, 'width' | 'faces'>, index: number): FaceRect {
  const count = Math.max(1, board.faces.length);
  const height = BOARD_DEPTH / count;
  return { x: -board.width / 2, y: -BOARD_DEPTH / 2 + index * height, width: board.width, height };
}

/** The SVG transform that puts a board's own frame on the plan. */
export const boardTransform = (board: Pick<PosterBoard, 'x' | 'y' | 'rotation'>): string =>
  `translate(${round(board.x)} ${round(board.y)}) rotate(${round(board.rotation)})`;

const round = (value: number): number => Math.round(value * 1000) / 1000;

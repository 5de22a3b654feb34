/** What every card and column of the grid reads: names by id, how to say a date. */
import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { Person, Project, Session, Theme } from '../../../../shared/model/schema.ts';
import type { DayHours } from '../../../../shared/timetable/grid.ts';
import type { CardWords } from './card-words.ts';

export interface TimetableInfo {
  readonly project: Project;
  readonly day: string;
  readonly hours: DayHours;
  readonly pxPerMinute: number;
  readonly snapMinutes: number;
  readonly people: ReadonlyMap<string, Person>;
  readonly themes: ReadonlyMap<string, Theme>;
  /** "14 Oct" / "14 oct." in the active language. */
  readonly dayName: (day: string) => string;
  /** The active language's texts, shared so each of hundreds of cards need not subscribe to i18next. */
  readonly t: TFunction;
  /** What every card says, translated once rather than by every card. */
  readonly words: CardWords;
  /** What a screen reader calls a card ("session"), translated once rather than by every card. */
  readonly cardRole: string;
  readonly openSession: (sessionId: string) => void;
  readonly newSessionAt: (roomId: string, start: number) => void;
}

export const TimetableContext = createContext<TimetableInfo | null>(null);

export function useTimetable(): TimetableInfo {
  const info = useContext(TimetableContext);
  if (!info) throw new Error('TimetableContext is missing');
  return info;
}

/** A card's colour: its theme's, or a neutral grey for a session without one. */
export const sessionColour = (session: Session, themes: ReadonlyMap<string, Theme>): string =>
  (session.themeId && themes.get(session.themeId)?.color) || '#8a8f98';

const tints = new Map<string, string>();

/**
 * A card's background: its colour at 15% over white, as `color-mix(in srgb, colour 15%, white)` draws it, written as a
 * plain colour (colours are #rrggbb): a color-mix() per card cost more to read than anything else a card sets.
 */
export function cardTint(colour: string): string {
  let tint = tints.get(colour);
  if (tint === undefined) {
    const channels = [1, 3, 5].map((at) => Math.round(Number.parseInt(colour.slice(at, at + 2), 16) * 0.15 + 255 * 0.85));
    tint = channels.some(Number.isNaN) ? `color-mix(in srgb, ${colour} 15%, white)` : `rgb(${channels.join(' ')})`;
    tints.set(colour, tint);
  }
  return tint;
}

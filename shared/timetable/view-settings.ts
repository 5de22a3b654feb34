/** How the organiser last looked at the grid, kept in the app's settings (per file, not in the project that others share). */
import { z } from 'zod';
import { SEVERITIES, type Severity } from '../rules/types.ts';

/** Where the grid was: the day, the first room in view and the time at the top, so a zoom change keeps the meaning. */
export const timetablePlaceSchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  roomId: z.string().max(200).nullable(),
  minute: z.number().int().min(0).max(24 * 60),
});
export type TimetablePlace = z.infer<typeof timetablePlaceSchema>;

/** Which findings' icons the grid's cards show: an app-wide choice, the same for every file. */
export const shownFindingsSchema = z.array(z.enum(SEVERITIES as [Severity, ...Severity[]])).max(SEVERITIES.length);

/** What the window reads when a project opens: the findings shown, and the place remembered for this file (null: none). */
export interface TimetableViewSettings {
  readonly shownFindings: readonly Severity[];
  readonly place: TimetablePlace | null;
}

/** Either or both, as the grid changes them. */
export const timetableViewChangeSchema = z.object({
  shownFindings: shownFindingsSchema.optional(),
  place: timetablePlaceSchema.optional(),
});

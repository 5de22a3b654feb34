/** What a schedule may hold before it is refused: far beyond the largest real programmes, well within memory. */

/** Characters in schedule.xml or schedule.json (FOSDEM's, among the largest, is under 10 MB). */
export const MAX_SCHEDULE_CHARS = 50_000_000;
/** Events in one schedule. */
export const MAX_EVENTS = 20_000;
/** Days in one schedule. */
export const MAX_DAYS = 60;

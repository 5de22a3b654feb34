/** Catering: for each break and meal, who is expected (from registrations per day and audience), diets and allergies. */
import { DIETS, type Audience, type Diet, type Participant, type RegistrationOption, type Session } from '../model/schema.ts';
import type { ExportContext } from './context.ts';
import { roomName } from './labels.ts';
import { byLastName } from '../model/people.ts';
import { registeredFor } from '../model/registrations.ts';
import { formatDay, formatDayTime } from '../i18n/dates.ts';
import { placedSessions, type PlacedSession } from './schedule.ts';
import { A4_LANDSCAPE, number, text, uniqueSheetName, type CellValue, type WorkbookContent } from './sheet.ts';
import { toTime } from '../model/time.ts';

/** Which registrations bring people of an audience to the venue. */
const KINDS_OF_AUDIENCE: Record<Audience, readonly RegistrationOption['kind'][]> = {
  'annual-days': ['day'],
  'engineers-seminar': ['seminar', 'hackathon'],
  public: ['social-evening'],
  press: [],
};
/** A break or meal with no audience feeds everyone on site that day. */
const ON_SITE: readonly RegistrationOption['kind'][] = ['day', 'seminar', 'hackathon', 'workshop'];

export const SPECIAL_DIETS = DIETS.filter((diet) => diet !== 'none');

export interface CateringCount {
  readonly placed: PlacedSession;
  readonly expected: number;
  readonly diets: Readonly<Record<Diet, number>>;
  readonly withAllergies: number;
  readonly participants: readonly Participant[];
}

const isCatering = (session: Session): boolean => session.kind === 'break' || session.kind === 'meal';

/** The registration options that bring someone to this break or meal. */
function optionsFor(ctx: ExportContext, placed: PlacedSession): Set<string> {
  const kinds = placed.session.audience.length > 0 ? placed.session.audience.flatMap((a) => KINDS_OF_AUDIENCE[a]) : ON_SITE;
  const ids = new Set<string>();
  for (const option of ctx.project.event.registrationOptions) {
    const sameDay = option.day === null || option.day === placed.day;
    if (option.sessionId === placed.session.id || (sameDay && kinds.includes(option.kind))) ids.add(option.id);
  }
  return ids;
}

/** Counts for every placed break and meal, in programme order. */
export function cateringCounts(ctx: ExportContext): CateringCount[] {
  // Breaks on the same day for the same audience share one head count: computed once per set of options.
  const byOptions = new Map<string, Omit<CateringCount, 'placed'>>();
  return placedSessions(ctx)
    .filter((p) => isCatering(p.session))
    .map((placed) => {
      const options = optionsFor(ctx, placed);
      const key = [...options].sort().join('\n');
      let counted = byOptions.get(key);
      if (!counted) {
        const participants = registeredFor(ctx.project.participants, options);
        const diets = Object.fromEntries(DIETS.map((diet) => [diet, 0])) as Record<Diet, number>;
        let withAllergies = 0;
        for (const p of participants) {
          diets[p.diet] += 1;
          if (p.allergies.trim() !== '') withAllergies += 1;
        }
        counted = { expected: participants.length, diets, withAllergies, participants };
        byOptions.set(key, counted);
      }
      return { placed, ...counted };
    });
}

export function cateringContent(ctx: ExportContext): WorkbookContent {
  const { t } = ctx;
  const counts = cateringCounts(ctx);
  const used = new Set<string>();
  const summary: CellValue[][] = counts.map(({ placed, expected, diets, withAllergies }) => [
    formatDay(placed.day, ctx.language, 'withYear'), toTime(placed.start), toTime(placed.end), placed.session.title,
    roomName(ctx, placed.roomId), expected, ...SPECIAL_DIETS.map((diet) => diets[diet]), withAllergies,
  ]);
  // Everyone with a diet or an allergy, once, with the breaks and meals they are expected at.
  const needs = new Map<Participant, string[]>();
  const hasNeeds = (p: Participant) => p.diet !== 'none' || p.allergies.trim() !== '';
  const withNeeds = new Map<readonly Participant[], Participant[]>();
  for (const { placed, participants } of counts) {
    const concerned = withNeeds.get(participants) ?? participants.filter(hasNeeds);
    withNeeds.set(participants, concerned);
    // Written once per break and shared by everyone expected there: thousands of people would otherwise each get a copy.
    const label = `${formatDayTime(placed.day, toTime(placed.start), ctx.language)} — ${placed.session.title}`;
    for (const p of concerned) {
      const at = needs.get(p) ?? [];
      at.push(label);
      needs.set(p, at);
    }
  }
  const people = [...needs.keys()].sort(byLastName);
  return {
    sheets: [
      {
        kind: 'table',
        name: uniqueSheetName(t('sheet.catering'), used),
        page: A4_LANDSCAPE,
        columns: [
          text(t('column.day')), text(t('column.start')), text(t('column.end')), text(t('column.session')), text(t('column.room')),
          number(t('column.expected')), ...SPECIAL_DIETS.map((diet) => number(ctx.label(`diet.${diet}`))), number(t('column.withAllergies')),
        ],
        rows: summary,
      },
      {
        kind: 'table',
        name: uniqueSheetName(t('sheet.diets'), used),
        page: A4_LANDSCAPE,
        columns: ['lastName', 'firstName', 'affiliation', 'diet', 'allergies', 'session'].map((key) => text(t(`column.${key}`))),
        rows: people.map((p) => [p.lastName, p.firstName, p.affiliation, ctx.label(`diet.${p.diet}`), p.allergies, needs.get(p)!.join('\n')]),
      },
    ],
  };
}

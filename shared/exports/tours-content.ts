/** Tours: a summary of every group (guide, language, departure, return, size, route) and one sheet per group with the names. */
import type { Participant, Tour, TourGroup } from '../model/schema.ts';
import { toMinutes, toTime } from '../model/time.ts';
import type { ExportContext } from './context.ts';
import { byLastName, fullName } from '../model/people.ts';
import { A4_PORTRAIT, number, text, uniqueSheetName, type CellValue, type TableSheet, type WorkbookContent } from './sheet.ts';
import { languageName } from '../i18n/language-names.ts';

export const guideName = (ctx: ExportContext, group: TourGroup): string => {
  const guide = group.guideId ? ctx.people.get(group.guideId) : undefined;
  return guide ? fullName(guide) : '';
};

export const returnTime = (tour: Tour, group: TourGroup): string =>
  group.departure ? toTime(toMinutes(group.departure) + tour.tourMinutes) : '';

/** "Groupe 2" alone when there is one tour; "Palais de la Bourse — Groupe 2" when there are several. */
export const groupLabel = (ctx: ExportContext, tour: Tour, group: TourGroup): string =>
  ctx.project.tours.length > 1 ? `${tour.name} — ${group.name}` : group.name;

function members(ctx: ExportContext, group: TourGroup): Participant[] {
  return group.participantIds
    .map((id) => ctx.participants.get(id))
    .filter((p): p is Participant => p !== undefined)
    .sort(byLastName);
}

export function toursContent(ctx: ExportContext): WorkbookContent {
  const { t, project } = ctx;
  const used = new Set<string>();
  const summaryName = uniqueSheetName(t('sheet.tours'), used);
  const summary: CellValue[][] = [];
  const groupSheets: TableSheet[] = [];
  for (const tour of project.tours) {
    for (const group of tour.groups) {
      const people = members(ctx, group);
      const label = groupLabel(ctx, tour, group);
      const stepFree = tour.guides.find((g) => g.personId === group.guideId)?.stepFree ?? false;
      summary.push([tour.name, group.name, guideName(ctx, group), languageName(group.language, ctx.language), group.departure ?? '', returnTime(tour, group), people.length, t(stepFree ? 'yes' : 'no')]);
      const when = group.departure ? `${group.departure} – ${returnTime(tour, group)}` : '';
      groupSheets.push({
        kind: 'table',
        name: uniqueSheetName(t('sheet.group', { group: label || tour.name }), used),
        page: A4_PORTRAIT,
        title: [
          `${tour.name} — ${group.name}`,
          [when, guideName(ctx, group) && t('group.guide', { name: guideName(ctx, group) }), t('group.size', { count: people.length }), tour.meetingPoint && t('group.meetingPoint', { place: tour.meetingPoint })]
            .filter(Boolean)
            .join(' — '),
        ],
        columns: ['lastName', 'firstName', 'affiliation', 'companions', 'accessibility', 'language'].map((key) => text(t(`column.${key}`))),
        rows: people.map((p) => [
          p.lastName, p.firstName, p.affiliation,
          p.companionIds.map((id) => ctx.participants.get(id)).filter((c): c is Participant => c !== undefined).map(fullName).join('; '),
          p.accessibility, languageName(p.language, ctx.language),
        ]),
      });
    }
  }
  const summarySheet: TableSheet = {
    kind: 'table',
    name: summaryName,
    page: A4_PORTRAIT,
    columns: [
      text(t('column.tour')), text(t('column.group')), text(t('column.guide')), text(t('column.language')),
      text(t('column.departure')), text(t('column.return')), number(t('column.size')), text(t('column.stepFree')),
    ],
    rows: summary,
  };
  return { sheets: [summarySheet, ...groupSheets] };
}

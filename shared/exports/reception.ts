/** Reception: every participant by last name (French collation), with what they registered for and their tour. */
import type { ExportContext } from './context.ts';
import { byLastName } from '../model/people.ts';
import { groupLabel } from './tours.ts';
import { text, uniqueSheetName, type CellValue, type WorkbookContent } from './sheet.ts';

export function receptionRows(ctx: ExportContext): CellValue[][] {
  return [...ctx.project.participants].sort(byLastName).map((p) => {
    const place = ctx.tourPlaces.get(p.id);
    const registered = p.registrations.map((id) => ctx.options.get(id)?.label ?? id).join(', ');
    return [
      p.lastName, p.firstName, p.affiliation, p.role, registered,
      place ? groupLabel(ctx, place.tour, place.group) : '', place?.group.departure ?? '', '',
    ];
  });
}

export function receptionContent(ctx: ExportContext): WorkbookContent {
  const { t } = ctx;
  return {
    sheets: [
      {
        kind: 'table',
        name: uniqueSheetName(t('sheet.reception'), new Set()),
        columns: ['lastName', 'firstName', 'affiliation', 'role', 'registrations', 'tourGroup', 'tourTime', 'checkIn'].map((key) =>
          text(t(`column.${key}`)),
        ),
        rows: receptionRows(ctx),
      },
    ],
  };
}

/** The badge list for a badge printer: name, first name, affiliation, role — same order as the reception list. */
export function badgeRows(ctx: ExportContext): string[][] {
  const { t } = ctx;
  return [
    ['lastName', 'firstName', 'affiliation', 'role'].map((key) => t(`column.${key}`)),
    ...[...ctx.project.participants].sort(byLastName).map((p) => [p.lastName, p.firstName, p.affiliation, p.role]),
  ];
}

/** What an import does, as the sentences the preview and the CLI show: counts, additions, changes, removals, moves kept, rooms to check. */
import type { TFunction } from 'i18next';
import type { Project, Slot } from '../model/schema.ts';
import { keyOf } from '../i18n/typed-keys.ts';
import type { ProgrammeReport } from './apply.ts';

export interface ReportSection {
  /** The section's heading, with its count. */
  readonly heading: string;
  /** One line per item, in the programme's order. */
  readonly items: readonly string[];
}

/** Where a session is, in words: "Tue 14 Oct 10:00, Amphi A (45 min)", or "the backlog". */
function placeOf(t: TFunction, project: Project, at: { slot: Slot | null; durationMinutes: number }): string {
  if (!at.slot) return t('programmeImport:report.backlog');
  const room = project.rooms.find((r) => r.id === at.slot!.roomId)?.name ?? at.slot.roomId;
  return t('programmeImport:report.place', { day: at.slot.day, start: at.slot.start, room, minutes: at.durationMinutes });
}

/** `project` is the project after the import (it names the rooms). Sections with nothing in them are left out. */
export function reportSections(t: TFunction, report: ProgrammeReport, project: Project): ReportSection[] {
  const quote = (text: string) => t('common:quoted', { text });
  const sections: ReportSection[] = [
    { heading: t('programmeImport:report.addedSessions', { count: report.added.sessions.length }), items: report.added.sessions.map(quote) },
    {
      heading: t('programmeImport:report.changed', { count: report.changed.length }),
      items: report.changed.map((change) => t('programmeImport:report.changedItem', { title: change.title, fields: change.fields.map((field) => t(keyOf(`programmeImport:field.${field}`))).join(', ') })),
    },
    { heading: t('programmeImport:report.removed', { count: report.removed.length }), items: report.removed.map((session) => quote(session.title)) },
    {
      heading: t('programmeImport:report.movesKept', { count: report.movesKept.length }),
      items: report.movesKept.map((move) => t('programmeImport:report.moveKept', { title: move.title, regie: placeOf(t, project, move.inRegie), programme: placeOf(t, project, move.inProgramme) })),
    },
    { heading: t('programmeImport:report.roomsToCheck', { count: report.roomsToCheck.length }), items: report.roomsToCheck.map(quote) },
    { heading: t('programmeImport:report.inBacklog', { count: report.inBacklog.length }), items: report.inBacklog.map(quote) },
  ];
  return sections.filter((section) => section.items.length > 0);
}

/** The first lines: what the programme holds, what it adds besides sessions, and the clocks its times were moved to. */
export function reportSummary(t: TFunction, report: ProgrammeReport): string[] {
  const { rooms, themes, people, days } = report.added;
  return [
    t('programmeImport:report.counts', { ...report.counts }),
    t('programmeImport:report.addedOther', { rooms: rooms.length, themes: themes.length, people: people.length, days: days.length }),
    ...(report.clocks ? [t('programmeImport:report.clocks', { ...report.clocks })] : []),
  ];
}

/** Edits of the tours area: a person dragged to another group, a pin, a whole plan, the tour's settings. */
import type { Draft } from 'immer';
import { tourGroupSchema, type Project, type Tour, type TourGroup } from '../model/schema.ts';
import { EditRejected, type EditHandlerMap } from './types.ts';

function findTour(draft: Draft<Project>, tourId: string): Draft<Tour> {
  const tour = draft.tours.find((t) => t.id === tourId);
  if (!tour) throw new EditRejected('tours:rejected.unknownTour', { id: tourId });
  return tour;
}

function findGroup(tour: Draft<Tour>, groupId: string): Draft<TourGroup> {
  const group = tour.groups.find((g) => g.id === groupId);
  if (!group) throw new EditRejected('tours:rejected.unknownGroup', { id: groupId, tour: tour.name });
  return group;
}

/** The settings an organiser edits in the view; each is checked by the format's own schema. */
export type TourSettings = Partial<Pick<Tour, 'groupSizeLimit' | 'tourMinutes' | 'intervalMinutes' | 'earliestDeparture' | 'latestReturn' | 'meetingPoint' | 'optionId'>>;

export const toursEdits = {
  /** Puts a person in a group (null: out of every group); they lose a pin they had in their former group. */
  'tours/moveParticipant': (draft, { tourId, participantId, groupId }: { tourId: string; participantId: string; groupId: string | null }) => {
    const tour = findTour(draft, tourId);
    if (!draft.participants.some((p) => p.id === participantId)) throw new EditRejected('tours:rejected.unknownParticipant', { id: participantId });
    const target = groupId === null ? null : findGroup(tour, groupId);
    for (const group of tour.groups) {
      if (group === target || !group.participantIds.includes(participantId)) continue;
      group.participantIds = group.participantIds.filter((id) => id !== participantId);
      group.pinnedParticipantIds = group.pinnedParticipantIds.filter((id) => id !== participantId);
    }
    if (target && !target.participantIds.includes(participantId)) target.participantIds.push(participantId);
  },
  'tours/pinGroup': (draft, { tourId, groupId, pinned }: { tourId: string; groupId: string; pinned: boolean }) => {
    findGroup(findTour(draft, tourId), groupId).pinned = pinned;
  },
  'tours/pinParticipant': (draft, { tourId, participantId, pinned }: { tourId: string; participantId: string; pinned: boolean }) => {
    const tour = findTour(draft, tourId);
    const group = tour.groups.find((g) => g.participantIds.includes(participantId));
    if (!group) throw new EditRejected('tours:rejected.notInGroup', { tour: tour.name });
    const others = group.pinnedParticipantIds.filter((id) => id !== participantId);
    group.pinnedParticipantIds = pinned ? [...others, participantId] : others;
  },
  /** A plan or re-plan: the tour's groups replaced at once, so one undo restores the previous plan. */
  'tours/setGroups': (draft, { tourId, groups }: { tourId: string; groups: readonly TourGroup[] }) => {
    findTour(draft, tourId).groups = groups.map((g) => tourGroupSchema.parse(g));
  },
  /** Adds a person of the project as a guide, or changes the languages they guide in and whether they take the step-free route. */
  'tours/setGuide': (draft, { tourId, personId, languages, stepFree }: { tourId: string; personId: string; languages: readonly string[]; stepFree: boolean }) => {
    const tour = findTour(draft, tourId);
    if (!draft.people.some((p) => p.id === personId)) throw new EditRejected('tours:rejected.unknownPerson', { id: personId });
    const cleaned = [...new Set(languages.map((l) => l.trim().toLowerCase()).filter((l) => /^[a-z]{2,3}$/.test(l)))];
    if (cleaned.length === 0) throw new EditRejected('tours:rejected.noLanguage', { value: languages.join(', ') });
    const guide = tour.guides.find((g) => g.personId === personId);
    if (guide) Object.assign(guide, { languages: cleaned, stepFree });
    else tour.guides.push({ personId, languages: cleaned, stepFree });
  },
  /** The person no longer guides this tour; the groups they led keep their members and wait for another guide. */
  'tours/removeGuide': (draft, { tourId, personId }: { tourId: string; personId: string }) => {
    const tour = findTour(draft, tourId);
    tour.guides = tour.guides.filter((g) => g.personId !== personId);
    for (const group of tour.groups) if (group.guideId === personId) group.guideId = null;
  },
  'tours/update': (draft, { tourId, changes }: { tourId: string; changes: TourSettings }) => {
    const tour = findTour(draft, tourId);
    for (const [field, value] of Object.entries(changes) as [keyof TourSettings, unknown][]) {
      const valid = field === 'optionId' ? value === null || draft.event.registrationOptions.some((o) => o.id === value) : tourSettingChecks[field](value);
      if (!valid) throw new EditRejected('tours:rejected.badSetting', { field, value: String(value) });
      (tour as Record<string, unknown>)[field] = value;
    }
  },
} satisfies EditHandlerMap;

const positive = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;
const time = (v: unknown) => v === null || (typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v));
const tourSettingChecks: Record<Exclude<keyof TourSettings, 'optionId'>, (value: unknown) => boolean> = {
  groupSizeLimit: positive,
  tourMinutes: positive,
  intervalMinutes: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0,
  earliestDeparture: time,
  latestReturn: time,
  meetingPoint: (v) => typeof v === 'string',
};

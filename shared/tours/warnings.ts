/** What the Tours view warns about while an organiser drags people: a group over its limit, companions split apart. */
import type { Participant, Tour, TourGroup } from '../model/schema.ts';

export interface GroupWarnings {
  readonly overBy: number;
  /** Members whose companions are in another group (or in none), each with those companions. */
  readonly split: readonly { readonly participant: Participant; readonly companions: readonly Participant[] }[];
}

export function groupWarnings(tour: Tour, group: TourGroup, participants: ReadonlyMap<string, Participant>, groupOf: ReadonlyMap<string, string>): GroupWarnings {
  const split = group.participantIds.flatMap((id) => {
    const participant = participants.get(id);
    if (!participant) return [];
    const companions = participant.companionIds
      .filter((c) => groupOf.get(c) !== group.id && participants.get(c)?.registrations.includes(tour.optionId ?? ''))
      .flatMap((c) => participants.get(c) ?? []);
    return companions.length > 0 ? [{ participant, companions }] : [];
  });
  return { overBy: Math.max(0, group.participantIds.length - tour.groupSizeLimit), split };
}

/** Participant id → id of their group in this tour. */
export const groupIndex = (tour: Tour): Map<string, string> =>
  new Map(tour.groups.flatMap((g) => g.participantIds.map((id) => [id, g.id] as const)));

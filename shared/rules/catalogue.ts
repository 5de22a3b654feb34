/** Every rule, in the order the Problems panel lists them. */
import { roomDoubleBooked } from './room-double-booked.ts';
import { roomChangeover } from './room-changeover.ts';
import { capacityTooSmall } from './capacity-too-small.ts';
import { capacityFarTooLarge } from './capacity-far-too-large.ts';
import { personDoubleBooked } from './person-double-booked.ts';
import { personUnavailable } from './person-unavailable.ts';
import { roomUnavailable } from './room-unavailable.ts';
import { outsideOpeningHours } from './outside-opening-hours.ts';
import { outsideEventDays } from './outside-event-days.ts';
import { missingEquipment } from './missing-equipment.ts';
import { wrongLayout } from './wrong-layout.ts';
import { exclusiveOverlap } from './exclusive-overlap.ts';
import { audienceClash } from './audience-clash.ts';
import { nestedOutsideParent } from './nested-outside-parent.ts';
import { unscheduled } from './unscheduled.ts';
import { missingTheme } from './missing-theme.ts';
import { tourGroupOverLimit } from './tour-group-over-limit.ts';
import { guideTwoGroups } from './guide-two-groups.ts';
import { tourRegistrantWithoutGroup } from './tour-registrant-without-group.ts';
import { postersExceedFaces } from './posters-exceed-faces.ts';
import { faceDoubleAssigned } from './face-double-assigned.ts';
import { highlightedQuota } from './highlighted-quota.ts';
import { presenterBusyDuringPosters } from './presenter-busy-during-posters.ts';
import type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [
  roomDoubleBooked,
  personDoubleBooked,
  exclusiveOverlap,
  audienceClash,
  capacityTooSmall,
  nestedOutsideParent,
  outsideEventDays,
  outsideOpeningHours,
  roomUnavailable,
  personUnavailable,
  missingEquipment,
  wrongLayout,
  roomChangeover,
  capacityFarTooLarge,
  unscheduled,
  missingTheme,
  tourGroupOverLimit,
  guideTwoGroups,
  tourRegistrantWithoutGroup,
  postersExceedFaces,
  faceDoubleAssigned,
  highlightedQuota,
  presenterBusyDuringPosters,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);

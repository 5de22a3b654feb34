/** Plans and re-plans the tours of a project: the planner on the project's own data. */
import type { Project, Tour } from '../model/schema.ts';
import { tourInput } from './input.ts';
import { planTour } from './planner.ts';
import type { PlanMode, TourPlan } from './types.ts';

export type { PlanMode, TourMove, TourPlan, TourProblem } from './types.ts';

/** A fresh plan when the tour has no groups yet, else a re-plan that keeps what is pinned and moves the fewest. */
const modeFor = (tour: Tour): PlanMode => (tour.groups.length === 0 ? 'plan' : 'replan');

export function planProjectTour(project: Project, tour: Tour, mode: PlanMode = modeFor(tour), limit?: number): TourPlan {
  const plan = planTour(tourInput(project, tour, limit), mode);
  // Without its registration option nobody is registered: say so rather than plan no group at all.
  if (tour.optionId !== null) return plan;
  return { ...plan, problems: [{ code: 'tours:impossible.noOption', params: { tour: tour.name } }, ...plan.problems] };
}

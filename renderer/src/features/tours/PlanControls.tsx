/** "Plan groups" and "Re-plan": each one undoable edit; what the plan did (who moved) and why it is incomplete, if it is. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, Tour } from '../../../../shared/model/schema.ts';
import { planProjectTour, type PlanMode, type TourPlan } from '../../../../shared/tours/index.ts';
import { useProjectStore } from '../../state/store.ts';
import { participantName, type Names } from './names.ts';

const SHOWN_MOVES = 12;

export function PlanControls({ project, tour, names }: { project: Project; tour: Tour; names: Names }) {
  const { t } = useTranslation();
  const perform = useProjectStore((s) => s.perform);
  const [result, setResult] = useState<{ plan: TourPlan; groupNames: Map<string, string> } | null>(null);
  const run = (mode: PlanMode) => {
    const plan = planProjectTour(project, tour, mode);
    const groupNames = new Map([...tour.groups, ...plan.groups].map((g) => [g.id, g.name]));
    perform([{ type: 'tours/setGroups', payload: { tourId: tour.id, groups: plan.groups } }], mode === 'plan' ? 'tours:history.plan' : 'tours:history.replan');
    setResult({ plan, groupNames });
  };
  const where = (id: string | null) => (id === null ? t('tours:view.noGroup') : (result?.groupNames.get(id) ?? '—'));
  const moves = result?.plan.moves ?? [];
  const moved = moves.filter((m) => m.from !== null && m.to !== null);
  return (
    <div className="tour-plan">
      <div className="tour-plan__buttons">
        <button type="button" onClick={() => run('plan')}>{t('tours:view.plan')}</button>
        <button type="button" onClick={() => run('replan')} disabled={tour.groups.length === 0}>{t('tours:view.replan')}</button>
        <p className="tour-plan__hint">{t('tours:view.planHint')}</p>
      </div>
      {result && (
        <div className="tour-plan__result" role="status">
          <p>
            {t('tours:view.result', {
              groups: result.plan.groups.length,
              placed: moves.filter((m) => m.from === null).length,
              moved: moved.length,
              left: moves.filter((m) => m.to === null).length,
            })}
          </p>
          {moved.length > 0 && (
            <ul className="tour-plan__moves">
              {moved.slice(0, SHOWN_MOVES).map((m) => (
                <li key={m.participantId}>{t('tours:view.movedOne', { name: participantName(names, m.participantId), from: where(m.from), to: where(m.to) })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {result && result.plan.problems.length > 0 && (
        <div className="tour-plan__problems" role="alert">
          <p>{t('tours:view.impossible')}</p>
          <ul>
            {result.plan.problems.map((p, i) => (
              <li key={i}>{t(p.code, p.params)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

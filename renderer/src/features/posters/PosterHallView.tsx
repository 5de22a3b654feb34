/** The poster hall, read-only for now: the floor plan, the theme legend, and the posters board by board. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AssumedMark } from '../../app/AssumedBadge.tsx';
import { useProject } from '../../state/store.ts';
import { FloorPlan } from './FloorPlan.tsx';
import { hallView, NO_THEME_COLOUR } from './poster-hall.ts';
import { PosterList } from './PosterList.tsx';

export function PosterHallView() {
  const { t } = useTranslation();
  const project = useProject();
  const hall = useMemo(() => hallView(project), [project]);
  const { boards, posters } = project.posterHall;
  const usedThemes = project.themes.filter((theme) => posters.some((p) => p.themeId === theme.id));

  return (
    <section className="view posters-view" aria-labelledby="posters-title">
      <h2 id="posters-title">{t('posters:view.title')}</h2>
      {boards.length === 0 && posters.length === 0 ? (
        <p className="empty">{t('posters:view.none')}</p>
      ) : (
        <>
          <p className="muted">
            {t('posters:view.counts', {
              boards: boards.length,
              posters: posters.length,
              highlighted: posters.filter((p) => p.highlighted).length,
              unassigned: hall.unassigned.length,
            })}
          </p>
          <ul className="legend" aria-label={t('posters:view.themes')}>
            {usedThemes.map((theme) => (
              <li key={theme.id}>
                <span className="swatch" style={{ background: theme.color }} aria-hidden="true" />
                {theme.name} <AssumedMark item={theme} field="color" />
              </li>
            ))}
            {posters.some((p) => !p.themeId) && (
              <li>
                <span className="swatch" style={{ background: NO_THEME_COLOUR }} aria-hidden="true" />
                {t('posters:view.noTheme')}
              </li>
            )}
          </ul>
          <FloorPlan project={project} hall={hall} />
          <PosterList hall={hall} />
        </>
      )}
    </section>
  );
}

/** Every board face with its poster(s), then the posters still without a board. */
import { useTranslation } from 'react-i18next';
import type { Poster } from '../../../../shared/model/schema.ts';
import { AssumedMark } from '../../app/AssumedBadge.tsx';
import { themeColour, type HallView } from './poster-hall.ts';

function PosterCells({ poster, hall }: { poster: Poster; hall: HallView }) {
  const { t } = useTranslation();
  const theme = poster.themeId ? hall.themes.get(poster.themeId) : undefined;
  return (
    <>
      <td className={poster.highlighted ? 'poster--highlighted' : undefined}>
        {poster.title} <AssumedMark item={poster} field="title" />
      </td>
      <td>
        {poster.presenters.join(', ')} <AssumedMark item={poster} field="presenters" />
      </td>
      <td>{poster.project}</td>
      <td>
        <span className="swatch" style={{ background: themeColour(hall, poster) }} aria-hidden="true" />
        {theme?.name ?? t('posters:view.noTheme')}
      </td>
      <td>
        {poster.highlighted && <span className="highlight-mark">★ {t('posters:view.highlightedMark')}</span>}
        <AssumedMark item={poster} field="highlighted" />
      </td>
    </>
  );
}

const HEADERS = ['poster', 'presenters', 'project', 'theme', 'highlighted'] as const;

/** The poster columns' headers, shared by the board list and the list of posters without a board. */
function PosterHeaders() {
  const { t } = useTranslation();
  return (
    <>
      {HEADERS.map((h) => (
        <th key={h} scope="col">
          {t(`posters:view.${h}`)}
        </th>
      ))}
    </>
  );
}

export function PosterList({ hall }: { hall: HallView }) {
  const { t } = useTranslation();
  return (
    <>
      <table className="table">
        <caption>{t('posters:view.list')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('posters:view.boardColumn')}</th>
            <th scope="col">{t('posters:view.face')}</th>
            <PosterHeaders />
          </tr>
        </thead>
        <tbody>
          {hall.faces.map(({ board, face, posters }) =>
            (posters.length ? posters : [null]).map((poster, i) => (
              <tr key={`${face.id}-${poster?.id ?? 'free'}`} data-board={board.number}>
                {i === 0 && (
                  <th scope="row" rowSpan={Math.max(posters.length, 1)}>
                    {board.number}
                    {board.prime && <span className="prime-mark" title={t('posters:view.prime')}> ◆</span>}
                    {board.zone && <span className="muted"> · {t('posters:view.zone', { zone: board.zone })}</span>}
                  </th>
                )}
                {i === 0 && <td rowSpan={Math.max(posters.length, 1)}>{face.side}</td>}
                {poster ? <PosterCells poster={poster} hall={hall} /> : <td colSpan={HEADERS.length} className="muted">{t('posters:view.empty')}</td>}
              </tr>
            )),
          )}
        </tbody>
      </table>
      {hall.unassigned.length > 0 && (
        <table className="table">
          <caption>{t('posters:view.unassigned')}</caption>
          <thead>
            <tr>
              <PosterHeaders />
            </tr>
          </thead>
          <tbody>
            {hall.unassigned.map((poster) => (
              <tr key={poster.id}>
                <PosterCells poster={poster} hall={hall} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}


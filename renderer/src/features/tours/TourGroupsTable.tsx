/** The groups of one tour: who guides, when they leave, how many, and who is in them. */
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../shared/model/people.ts';
import type { Participant, Person, Tour } from '../../../../shared/model/schema.ts';
import { AssumedMark } from '../../app/AssumedBadge.tsx';

/** Names by id, made once for all the tours (thousands of participants). */
export interface Names {
  readonly people: ReadonlyMap<string, string>;
  readonly participants: ReadonlyMap<string, string>;
}

export const namesOf = (people: readonly Person[], participants: readonly Participant[]): Names => ({
  people: new Map(people.map((p) => [p.id, fullName(p)])),
  participants: new Map(participants.map((p) => [p.id, fullName(p)])),
});

export function TourGroupsTable({ tour, names: { people, participants } }: { tour: Tour; names: Names }) {
  const { t } = useTranslation();
  if (tour.groups.length === 0) return <p className="empty">{t('tours:view.noGroups')}</p>;
  return (
    <table className="table">
      <caption>
        {t('tours:view.groups')} <AssumedMark item={tour} field="groups" />
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('tours:view.group')}</th>
          <th scope="col">{t('tours:view.guide')}</th>
          <th scope="col">{t('tours:view.departure')}</th>
          <th scope="col">{t('tours:view.language')}</th>
          <th scope="col">{t('tours:view.size')}</th>
          <th scope="col">{t('tours:view.members')}</th>
        </tr>
      </thead>
      <tbody>
        {tour.groups.map((group) => {
          const size = group.participantIds.length;
          const over = size > tour.groupSizeLimit;
          return (
            <tr key={group.id}>
              <th scope="row">{group.name}</th>
              <td>{group.guideId ? (people.get(group.guideId) ?? t('tours:view.unknownPerson', { id: group.guideId })) : t('tours:view.noGuide')}</td>
              <td>
                {group.departure ?? '—'} <AssumedMark item={tour} field="departure" />
              </td>
              <td>{group.language.toUpperCase()}</td>
              <td className={over ? 'cell--warning' : undefined} title={over ? t('tours:view.overLimit', { limit: tour.groupSizeLimit }) : undefined}>
                {size} / {tour.groupSizeLimit}
              </td>
              <td>
                <details>
                  <summary>{t('tours:view.showMembers', { count: size })}</summary>
                  <ul className="members">
                    {group.participantIds.map((id) => (
                      <li key={id}>{participants.get(id) ?? t('tours:view.unknownPerson', { id })}</li>
                    ))}
                  </ul>
                </details>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The tour's rules and guides, edited in place: what the planner's messages ask to change (a limit, a window, a guide). */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EditRejected, type Edit } from '../../../../shared/edits/index.ts';
import type { TourSettings as Settings } from '../../../../shared/edits/tours.ts';
import { frenchCollator } from '../../../../shared/model/people.ts';
import type { RegistrationOption, Tour } from '../../../../shared/model/schema.ts';
import { useProjectStore } from '../../state/store.ts';
import type { Names } from './names.ts';

const commitOnEnter = (e: KeyboardEvent<HTMLInputElement>) => {
  if (e.key === 'Enter') e.currentTarget.blur();
};

export function TourSettings({ tour, names, options }: { tour: Tour; names: Names; options: readonly RegistrationOption[] }) {
  const { t } = useTranslation();
  const perform = useProjectStore((s) => s.perform);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [newGuide, setNewGuide] = useState('');
  const run = (edits: Edit[], label: string) => {
    try {
      perform(edits, label);
      setRefusal(null);
    } catch (error) {
      if (!(error instanceof EditRejected)) throw error;
      setRefusal(t(error.code, error.params));
    }
  };
  const update = (changes: Settings) => run([{ type: 'tours/update', payload: { tourId: tour.id, changes } }], 'tours:history.settings');
  const numberField = (field: 'groupSizeLimit' | 'tourMinutes' | 'intervalMinutes', label: string) => (
    <label className="tour-settings__field">
      {label}
      <input
        type="number"
        min={field === 'intervalMinutes' ? 0 : 1}
        key={tour[field]}
        defaultValue={tour[field]}
        onKeyDown={commitOnEnter}
        onBlur={(e) => Number(e.target.value) !== tour[field] && update({ [field]: Number(e.target.value) })}
      />
    </label>
  );
  const timeField = (field: 'earliestDeparture' | 'latestReturn', label: string) => (
    <label className="tour-settings__field">
      {label}
      <input
        type="time"
        key={tour[field] ?? ''}
        defaultValue={tour[field] ?? ''}
        onKeyDown={commitOnEnter}
        onBlur={(e) => (e.target.value || null) !== tour[field] && update({ [field]: e.target.value || null })}
      />
    </label>
  );
  const candidates = [...names.people].filter(([id]) => !tour.guides.some((g) => g.personId === id)).sort((a, b) => frenchCollator.compare(a[1], b[1]));
  return (
    <details className="tour-settings">
      <summary>{t('tours:settings.title')}</summary>
      {refusal && <p className="tour-refusal" role="alert">{refusal}</p>}
      <div className="tour-settings__fields">
        <label className="tour-settings__field">
          {t('tours:settings.option')}
          <select value={tour.optionId ?? ''} onChange={(e) => update({ optionId: e.target.value || null })}>
            <option value="">{t('tours:settings.noOption')}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>{o.label}</option>
            ))}
          </select>
        </label>
        {numberField('groupSizeLimit', t('tours:view.groupSizeLimit'))}
        {numberField('tourMinutes', t('tours:settings.tourMinutes'))}
        {numberField('intervalMinutes', t('tours:settings.intervalMinutes'))}
        {timeField('earliestDeparture', t('tours:settings.earliest'))}
        {timeField('latestReturn', t('tours:settings.latest'))}
      </div>
      <table className="table tour-settings__guides">
        <caption>{t('tours:view.guides')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tours:view.guide')}</th>
            <th scope="col">{t('tours:settings.languages')}</th>
            <th scope="col">{t('tours:view.stepFree')}</th>
            <th scope="col">{t('tours:settings.remove')}</th>
          </tr>
        </thead>
        <tbody>
          {tour.guides.map((guide) => {
            const name = names.people.get(guide.personId) ?? '—';
            const set = (languages: readonly string[], stepFree: boolean) =>
              run([{ type: 'tours/setGuide', payload: { tourId: tour.id, personId: guide.personId, languages, stepFree } }], 'tours:history.guide');
            return (
              <tr key={guide.personId}>
                <th scope="row">{name}</th>
                <td>
                  <input
                    aria-label={t('tours:settings.languagesOf', { name })}
                    key={guide.languages.join(',')}
                    defaultValue={guide.languages.join(', ')}
                    onKeyDown={commitOnEnter}
                    onBlur={(e) => e.target.value !== guide.languages.join(', ') && set(e.target.value.split(','), guide.stepFree)}
                  />
                </td>
                <td>
                  <input type="checkbox" aria-label={t('tours:settings.stepFreeOf', { name })} checked={guide.stepFree} onChange={(e) => set(guide.languages, e.target.checked)} />
                </td>
                <td>
                  <button type="button" onClick={() => run([{ type: 'tours/removeGuide', payload: { tourId: tour.id, personId: guide.personId } }], 'tours:history.guide')}>
                    {t('tours:settings.removeGuide', { name })}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="tour-settings__add">
        <select aria-label={t('tours:settings.newGuide')} value={newGuide} onChange={(e) => setNewGuide(e.target.value)}>
          <option value="">{t('tours:settings.choosePerson')}</option>
          {candidates.map(([id, name]) => (
            <option key={id} value={id}>{name}</option>
          ))}
        </select>
        <button
          type="button"
          disabled={newGuide === ''}
          onClick={() => {
            run([{ type: 'tours/setGuide', payload: { tourId: tour.id, personId: newGuide, languages: ['fr'], stepFree: false } }], 'tours:history.guide');
            setNewGuide('');
          }}
        >
          {t('tours:settings.addGuide')}
        </button>
      </div>
    </details>
  );
}

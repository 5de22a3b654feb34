/** Adds or edits a poster: title, presenters chosen among the project's people, project, theme, highlighted, size, needs. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POSTER_NEEDS, POSTER_SIZES, type Poster, type PosterNeed, type PosterSize, type Project } from '../../../../shared/model/schema.ts';
import { byLastName, fullName } from '../../../../shared/model/people.ts';

export type PosterDraft = Pick<Poster, 'title' | 'presenters' | 'project' | 'themeId' | 'highlighted' | 'size' | 'needs'>;

interface FormProps {
  readonly project: Project;
  readonly poster: Poster | null;
  readonly onSave: (draft: PosterDraft) => boolean;
  readonly onDelete?: () => void;
  readonly onClose: () => void;
}

export function PosterForm({ project, poster, onSave, onDelete, onClose }: FormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PosterDraft>(
    poster ?? { title: '', presenters: [], project: '', themeId: null, highlighted: false, size: 'A0-portrait', needs: [] },
  );
  const people = [...project.people].sort(byLastName);
  const change = (changes: Partial<PosterDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const toggleNeed = (need: PosterNeed, on: boolean) => change({ needs: on ? [...draft.needs, need] : draft.needs.filter((n) => n !== need) });
  return (
    <form
      className="poster-form"
      aria-label={poster ? t('posters:form.edit') : t('posters:form.add')}
      onSubmit={(event) => {
        event.preventDefault();
        if (onSave(draft)) onClose();
      }}
    >
      <label>
        {t('posters:form.title')}
        <input required value={draft.title} onChange={(e) => change({ title: e.target.value })} />
      </label>
      <label>
        {t('posters:form.presenters')}
        <select multiple value={draft.presenters} onChange={(e) => change({ presenters: [...e.target.selectedOptions].map((o) => o.value) })}>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {fullName(person)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('posters:form.project')}
        <input value={draft.project} onChange={(e) => change({ project: e.target.value })} />
      </label>
      <label>
        {t('posters:form.theme')}
        <select value={draft.themeId ?? ''} onChange={(e) => change({ themeId: e.target.value || null })}>
          <option value="">{t('posters:view.noTheme')}</option>
          {project.themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={draft.highlighted} onChange={(e) => change({ highlighted: e.target.checked })} />
        {t('posters:form.highlighted')}
      </label>
      <label>
        {t('posters:form.size')}
        <select value={draft.size} onChange={(e) => change({ size: e.target.value as PosterSize })}>
          {POSTER_SIZES.map((size) => (
            <option key={size} value={size}>
              {t(`posters:form.sizes.${size}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('posters:form.needs')}</legend>
        {POSTER_NEEDS.map((need) => (
          <label key={need}>
            <input type="checkbox" checked={draft.needs.includes(need)} onChange={(e) => toggleNeed(need, e.target.checked)} />
            {t(`posters:form.${need}`)}
          </label>
        ))}
      </fieldset>
      <div className="poster-form__buttons">
        <button type="submit" className="primary">
          {t('posters:form.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('posters:form.cancel')}
        </button>
        {onDelete && (
          <button type="button" onClick={onDelete}>
            {t('posters:form.delete')}
          </button>
        )}
      </div>
    </form>
  );
}

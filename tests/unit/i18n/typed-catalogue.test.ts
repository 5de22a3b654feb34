/**
 * The catalogue is checked by the typecheck: each `@ts-expect-error` below is a planted mistake, and
 * `tsc --noEmit -p tsconfig.json` fails ("unused directive") the day the compiler stops catching it.
 */
import { describe, expect, it } from 'vitest';
import { areaTexts } from '../../../shared/i18n/area-texts.ts';
import { createI18n } from '../../../shared/i18n/index.ts';
import { fieldMessage } from '../../../shared/model/field-messages.ts';

describe('the typed catalogue', () => {
  it('refuses an English area that lacks a French key or has one French lacks', () => {
    // @ts-expect-error English lacks "count_other".
    const missing = areaTexts({ fr: { count_one: '{{count}} salle', count_other: '{{count}} salles' }, en: { count_one: '{{count}} room' } });
    // @ts-expect-error English has "extra", which French lacks.
    const extra = areaTexts({ fr: { view: { title: 'Salles' } }, en: { view: { title: 'Rooms', extra: 'Extra' } } });
    expect(missing.en).toEqual({ count_one: '{{count}} room' });
    expect(extra.fr.view.title).toBe('Salles');
  });

  it('refuses a key t() does not know, which i18next would otherwise show raw', () => {
    const { t } = createI18n('en');
    // @ts-expect-error "nope" is not a text of the timetable.
    expect(t('timetable:nope')).toBe('nope');
    expect(t('timetable:backlog.count', { count: 2 })).toBe('2 sessions without a slot');
  });

  it('refuses a schema message that is not a key of the model’s field texts', () => {
    // @ts-expect-error "nope" is not a field message.
    expect(fieldMessage('model:field.nope')).toEqual({ error: 'model:field.nope' });
    expect(createI18n('fr').t(fieldMessage('model:field.title').error)).toBe('titre attendu : il ne peut pas être vide.');
  });
});

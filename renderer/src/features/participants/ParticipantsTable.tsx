/** The participants as a virtualised table: only the rows on screen are drawn, so 10,000 people scroll smoothly. */
import { memo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { EditRejected } from '../../../../shared/edits/index.ts';
import type { ParticipantChanges } from '../../../../shared/edits/participants.ts';
import { readLanguages } from '../../../../shared/import/index.ts';
import { optionIdOf } from '../../../../shared/import/mapping.ts';
import { languageName } from '../../../../shared/i18n/language-names.ts';
import { fullName } from '../../../../shared/model/people.ts';
import { DIETS, type Participant, type RegistrationOption } from '../../../../shared/model/schema.ts';
import { useShellStore } from '../../state/shell-store.ts';
import { useProjectStore } from '../../state/store.ts';
import { EditableCell } from './EditableCell.tsx';
import { keyOf } from '../../../../shared/i18n/typed-keys.ts';

const ROW_HEIGHT = 36;
const TEXT_COLUMNS = ['lastName', 'firstName', 'email', 'affiliation', 'role', 'language'] as const;

/** Drawn again only for another list: the view around it renders at each step of an import, its rows need not. */
export const ParticipantsTable = memo(function ParticipantsTable({ participants, options }: { participants: readonly Participant[]; options: readonly RegistrationOption[] }) {
  const { t, i18n } = useTranslation();
  const perform = useProjectStore((s) => s.perform);
  const show = useShellStore((s) => s.show);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: participants.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const labelOf = new Map(options.map((o) => [o.id, o.label]));
  const diets = DIETS.map((d) => ({ value: d, label: t(`labels:diet.${d}`) }));
  const yesNo = [{ value: 'yes', label: t('participants:view.yes') }, { value: 'no', label: t('participants:view.no') }];
  // Codes are what the tours match on; the cell reads names, and accepts names or codes.
  const saveLanguages = (person: Participant, typed: string): boolean => {
    const { codes, unknown } = readLanguages(typed);
    if (unknown === null) return save(person, { otherLanguages: codes });
    show({ tone: 'error', problems: [{ code: 'participants:edit.unknownLanguage', params: { value: unknown } }] });
    return false;
  };

  const save = (person: Participant, changes: ParticipantChanges): boolean => {
    try {
      perform([{ type: 'participants/update', payload: { id: person.id, changes } }], 'participants:history.update');
      return true;
    } catch (error) {
      if (!(error instanceof EditRejected)) throw error;
      show({ tone: 'error', problems: [{ code: error.code, params: error.params }] });
      return false;
    }
  };
  // A mark on a field the table does not show (allergies, a registration…) goes with the registrations.
  const markLabel = (key: string) => {
    const optionId = optionIdOf(key);
    return optionId === null ? t(keyOf(`participants:fields.${key}`)) : t('participants:fields.registration', { label: labelOf.get(optionId) ?? optionId });
  };
  const checked = (person: Participant, key: string) => {
    perform([{ type: 'participants/update', payload: { id: person.id, changes: { toCheck: person.toCheck.filter((k) => k !== key) } } }], 'participants:history.check');
  };
  const marks = (person: Participant, keys: readonly string[], name: string) =>
    keys.map((key) => {
      const label = t('participants:view.toCheck', { field: markLabel(key), name });
      return (
        <button key={key} type="button" className="pt-to-check" aria-label={label} title={label} onClick={() => checked(person, key)}>
          {t('participants:view.toCheckBadge')}
        </button>
      );
    });
  const remove = (person: Participant) => {
    const name = fullName(person);
    // No confirmation to click through: the deletion is one undo step, and the message says so.
    perform([{ type: 'participants/delete', payload: { ids: [person.id] } }], 'participants:history.delete');
    show({ tone: 'info', texts: [{ code: 'participants:view.deleted', params: { name } }] });
  };

  return (
    <div className="pt-table" role="table" aria-label={t('participants:view.title')} aria-rowcount={participants.length + 1}>
      <div className="pt-row pt-row--head" role="row">
        {TEXT_COLUMNS.map((field) => (
          <span key={field} role="columnheader">{t(`participants:fields.${field}`)}</span>
        ))}
        <span role="columnheader">{t('participants:fields.otherLanguages')}</span>
        <span role="columnheader">{t('participants:fields.stepFree')}</span>
        <span role="columnheader">{t('participants:fields.diet')}</span>
        <span role="columnheader">{t('participants:fields.registrations')}</span>
        <span role="columnheader">{t('participants:view.delete')}</span>
      </div>
      <div ref={scroller} className="pt-table__scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const person = participants[item.index]!;
            const name = fullName(person);
            return (
              <div key={person.id} className="pt-row" role="row" aria-rowindex={item.index + 2} style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}>
                {TEXT_COLUMNS.map((field) => (
                  <span key={field} role="cell" className="pt-cell">
                    <EditableCell value={person[field]} label={t('participants:view.edit', { field: t(`participants:fields.${field}`), name })} onSave={(value) => save(person, { [field]: value })} />
                    {person.toCheck.includes(field) && marks(person, [field], name)}
                  </span>
                ))}
                <span role="cell" className="pt-cell">
                  <EditableCell
                    value={person.otherLanguages.join(', ')}
                    display={person.otherLanguages.map((code) => languageName(code, i18n.language)).join(', ')}
                    label={t('participants:view.edit', { field: t('participants:fields.otherLanguages'), name })}
                    onSave={(value) => saveLanguages(person, value)}
                  />
                </span>
                <span role="cell" className="pt-cell">
                  <EditableCell value={person.stepFree ? 'yes' : 'no'} choices={yesNo} label={t('participants:view.edit', { field: t('participants:fields.stepFree'), name })} onSave={(value) => save(person, { stepFree: value === 'yes' })} />
                </span>
                <span role="cell" className="pt-cell">
                  <EditableCell value={person.diet} choices={diets} label={t('participants:view.edit', { field: t('participants:fields.diet'), name })} onSave={(value) => save(person, { diet: value as Participant['diet'] })} />
                  {person.toCheck.includes('diet') && marks(person, ['diet'], name)}
                </span>
                <span role="cell" className="pt-cell pt-cell--registrations" title={person.registrations.map((id) => labelOf.get(id) ?? id).join('\n')}>
                  <span className="pt-cell__text">{person.registrations.map((id) => labelOf.get(id) ?? id).join(', ')}</span>
                  {marks(person, person.toCheck.filter((key) => key !== 'diet' && !(TEXT_COLUMNS as readonly string[]).includes(key)), name)}
                </span>
                <span role="cell" className="pt-cell">
                  <button type="button" className="pt-delete" aria-label={`${t('participants:view.delete')} ${name}`} onClick={() => remove(person)}>
                    {t('participants:view.delete')}
                  </button>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});

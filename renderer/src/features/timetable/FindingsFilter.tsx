/** Which findings the cards show (errors, warnings, notes): a choice kept in the app's settings, for every file. */
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../../shared/rules/types.ts';
import { SeverityIcon } from '../conflicts/SeverityIcon.tsx';
import { useViewPrefs } from './view-prefs.ts';

export function FindingsFilter() {
  const { t } = useTranslation();
  const shown = useViewPrefs((s) => s.shownFindings);
  const toggle = useViewPrefs((s) => s.toggleFinding);
  return (
    <fieldset className="tt-findings-filter">
      <legend>{t('timetable:findings.filter')}</legend>
      {SEVERITIES.map((severity) => (
        <label key={severity}>
          <input type="checkbox" checked={shown.includes(severity)} onChange={() => toggle(severity)} />
          <SeverityIcon severity={severity} /> {t(`timetable:findings.show.${severity}`)}
        </label>
      ))}
    </fieldset>
  );
}

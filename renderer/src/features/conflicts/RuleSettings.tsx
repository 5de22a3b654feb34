/** Per project: each rule on or off, and its severity (kept in the project file; undoable like any edit). */
import { useTranslation } from 'react-i18next';
import { RULES, SEVERITIES, type Severity } from '../../../../shared/rules/index.ts';
import { useProject, useProjectStore } from '../../state/store.ts';
import { keyOf } from '../../../../shared/i18n/typed-keys.ts';

export function RuleSettings() {
  const { t } = useTranslation();
  const settings = useProject().settings.rules;
  const perform = useProjectStore((s) => s.perform);

  return (
    <table className="table rule-settings">
      <caption>
        {t('conflicts:panel.settingsTitle')} <small>{t('conflicts:panel.settingsHint')}</small>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('conflicts:panel.settingsTitle')}</th>
          <th scope="col">{t('conflicts:panel.ruleEnabled')}</th>
          <th scope="col">{t('conflicts:panel.ruleSeverity')}</th>
        </tr>
      </thead>
      <tbody>
        {RULES.map((rule) => {
          const setting = settings[rule.id];
          const title = t(keyOf(`conflicts:rules.${rule.id}.title`));
          return (
            <tr key={rule.id}>
              <th scope="row">{title}</th>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${t('conflicts:panel.ruleEnabled')} — ${title}`}
                  checked={setting?.enabled ?? true}
                  onChange={(e) => perform([{ type: 'conflicts/setRuleEnabled', payload: { rule: rule.id, enabled: e.target.checked } }], 'conflicts:history.ruleEnabled')}
                />
              </td>
              <td>
                <select
                  aria-label={`${t('conflicts:panel.ruleSeverity')} — ${title}`}
                  value={setting?.severity ?? ''}
                  onChange={(e) =>
                    perform(
                      [{ type: 'conflicts/setRuleSeverity', payload: { rule: rule.id, severity: e.target.value === '' ? null : (e.target.value as Severity) } }],
                      'conflicts:history.ruleSeverity',
                    )
                  }
                >
                  <option value="">{t('conflicts:panel.defaultSeverity', { severity: t(`conflicts:severity.${rule.severity}`) })}</option>
                  {SEVERITIES.map((severity) => (
                    <option key={severity} value={severity}>
                      {t(`conflicts:severity.${severity}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

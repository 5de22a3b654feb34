/** The Problems view: every conflict grouped by rule with counts, the way to each item, and the rule settings. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../../shared/rules/index.ts';
import { countBySeverity } from '../../../../shared/rules/index.ts';
import { ConflictEntry } from './ConflictEntry.tsx';
import { RuleSettings } from './RuleSettings.tsx';
import { SeverityIcon } from './SeverityIcon.tsx';
import { useConflicts } from '../../state/conflicts.ts';
import './conflicts.css';
import { keyOf } from '../../../../shared/i18n/typed-keys.ts';

/** Groups in the engine's order (errors first); a group takes the severity of its rule. */
function groupByRule(conflicts: readonly Conflict[]): [string, Conflict[]][] {
  const groups = new Map<string, Conflict[]>();
  for (const conflict of conflicts) {
    const list = groups.get(conflict.rule);
    if (list) list.push(conflict);
    else groups.set(conflict.rule, [conflict]);
  }
  return [...groups];
}

export function ConflictsView() {
  const { t } = useTranslation();
  const conflicts = useConflicts();
  const groups = useMemo(() => groupByRule(conflicts), [conflicts]);
  const counts = countBySeverity(conflicts);

  return (
    <section className="view problems" aria-labelledby="problems-title">
      <h2 id="problems-title">{t('conflicts:panel.title')}</h2>
      <p className="problems__summary" role="status">
        {t('conflicts:panel.summary', { errors: counts.error, warnings: counts.warning, infos: counts.info })}
      </p>
      {groups.length === 0 && <p className="problems__empty">{t('conflicts:panel.empty')}</p>}
      {groups.map(([rule, list]) => {
        const headingId = `problems-${rule}`;
        return (
          <section key={rule} className="problems__group card" aria-labelledby={headingId}>
            <h3 id={headingId} className="problems__heading">
              <SeverityIcon severity={list[0]!.severity} />
              <span>{t(keyOf(`conflicts:rules.${rule}.title`))}</span>
              <span className="problems__count">{list.length}</span>
            </h3>
            <ul className="problems__list">
              {list.map((conflict) => (
                <ConflictEntry key={conflict.key} conflict={conflict} />
              ))}
            </ul>
          </section>
        );
      })}
      <RuleSettings />
    </section>
  );
}

/**
 * A card's findings as one small button: an icon and a count per severity (each its own colour and shape). Its
 * texts open in a popover (click, Enter or Space; Escape closes it), as in the Problems panel.
 */
import { memo, useRef, useState } from 'react';
import type { Conflict, Severity } from '../../../../shared/rules/index.ts';
import { SEVERITIES } from '../../../../shared/rules/types.ts';
import { SEVERITY_PATHS } from '../conflicts/SeverityIcon.tsx';
import { useTimetable } from './timetable-context.ts';

interface Props {
  readonly title: string;
  /** The findings shown on the grid, worst first. */
  readonly findings: readonly Conflict[];
  /** The button's id: the card is described by what it says. */
  readonly buttonId: string;
}

/** The popover's widest, to keep it inside the window. */
const POPOVER_WIDTH = 340;

/** The severity's shape; its name is in the words next to it (the button's name, the popover's lines). */
function Shape({ severity }: { severity: Severity }) {
  return (
    <svg className={`severity-icon severity-icon--${severity}`} viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
      <path d={SEVERITY_PATHS[severity]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}

export const CardFindings = memo(function CardFindings({ title, findings, buttonId }: Props) {
  const { t, words } = useTimetable();
  const popover = useRef<HTMLDivElement>(null);
  // The texts (and the popover’s name) are written when it opens: a day holds thousands of findings nobody reads at once.
  const [open, setOpen] = useState(false);
  const popoverId = `${buttonId}-popover`;
  const counts = SEVERITIES.map((severity) => ({ severity, count: findings.filter((f) => f.severity === severity).length })).filter((c) => c.count > 0);
  const summary = counts.map(({ severity, count }) => words.findingsCount(severity, count)).join(', ');
  // The popover sits in the top layer: placed under the button before it opens.
  const place = (button: HTMLElement) => {
    const box = button.getBoundingClientRect();
    const element = popover.current!;
    element.style.left = `${Math.max(8, Math.min(box.left, innerWidth - POPOVER_WIDTH - 8))}px`;
    element.style.top = `${Math.min(box.bottom + 4, innerHeight - 120)}px`;
  };
  return (
    <>
      <button
        id={buttonId}
        type="button"
        className="tt-findings"
        popoverTarget={popoverId}
        aria-label={words.findingsOpen(summary, title)}
        onClick={(event) => place(event.currentTarget)}
      >
        {counts.map(({ severity, count }) => (
          <span key={severity} className="tt-findings__count" data-severity={severity}>
            <Shape severity={severity} />
            <span className="tt-findings__number">{count}</span>
          </span>
        ))}
      </button>
      <div
        ref={popover}
        id={popoverId}
        popover="auto"
        className="tt-findings__popover"
        role="dialog"
        aria-label={open ? t('timetable:findings.title', { title }) : undefined}
        onToggle={(event) => setOpen(event.newState === 'open')}
      >
        {open && (
          <ul>
            {findings.map((f) => (
              <li key={f.key} className="tt-card__problem" data-severity={f.severity}>
                <Shape severity={f.severity} />
                <span>
                  <span className="tt-findings__severity">{t(`conflicts:severity.${f.severity}`)}</span> {t(f.code, f.params)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
});

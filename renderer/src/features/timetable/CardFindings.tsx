/**
 * A card's findings as one small button: an icon and a count per severity (each its own colour and shape). Its
 * texts open in a popover (click, Enter or Space; Escape closes it), as in the Problems panel.
 */
import { memo, useRef } from 'react';
import type { Conflict } from '../../../../shared/rules/index.ts';
import { SEVERITIES } from '../../../../shared/rules/types.ts';
import { SeverityIcon } from '../conflicts/SeverityIcon.tsx';
import { useTimetable } from './timetable-context.ts';

interface Props {
  readonly title: string;
  /** The findings shown on the grid, worst first. */
  readonly findings: readonly Conflict[];
  /** The list's id: the card is described by it. */
  readonly listId: string;
}

/** The popover's widest, to keep it inside the window. */
const POPOVER_WIDTH = 340;

export const CardFindings = memo(function CardFindings({ title, findings, listId }: Props) {
  const { t } = useTimetable();
  const popover = useRef<HTMLDivElement>(null);
  const popoverId = `${listId}-popover`;
  const counts = SEVERITIES.map((severity) => ({ severity, count: findings.filter((f) => f.severity === severity).length })).filter((c) => c.count > 0);
  const summary = counts.map(({ severity, count }) => t(`common:count.${severity}`, { count })).join(', ');
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
        type="button"
        className="tt-findings"
        popoverTarget={popoverId}
        aria-label={t('timetable:findings.open', { summary, title })}
        onClick={(event) => place(event.currentTarget)}
        onPointerDown={(event) => event.stopPropagation()}
      >
        {counts.map(({ severity, count }) => (
          <span key={severity} className="tt-findings__count" data-severity={severity}>
            <SeverityIcon severity={severity} />
            <span className="tt-findings__number">{count}</span>
          </span>
        ))}
      </button>
      <div ref={popover} id={popoverId} popover="auto" className="tt-findings__popover" role="dialog" aria-label={t('timetable:findings.title', { title })}>
        <ul id={listId}>
          {findings.map((f) => (
            <li key={f.key} className="tt-card__problem" data-severity={f.severity}>
              <SeverityIcon severity={f.severity} /> {t(f.code, f.params)}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
});

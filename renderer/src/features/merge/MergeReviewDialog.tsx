/** The review of a merge: what comes from their copy, grouped by area; each conflict side by side with a choice; one undoable apply. */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblems } from '../../../../shared/i18n/index.ts';
import { conflictPlace, describeChange, valueInWords, type MergeConflict } from '../../../../shared/merge/index.ts';
import type { Project } from '../../../../shared/model/schema.ts';
import type { Problem } from '../../../../shared/problems.ts';
import { useShellStore } from '../../state/shell-store.ts';
import { useProjectStore } from '../../state/store.ts';
import { useMergeReview, type MergeUnderReview } from './merge-review-store.ts';
import { allChoices, changesByArea, countChoices, mergedPlan, takenChanges, type Choices } from './review-model.ts';
import './merge-review.css';

/** More lines per area than anyone reads; the counts say how many there are. */
const CHANGES_SHOWN = 200;

export function MergeReviewDialog() {
  const review = useMergeReview((s) => s.review);
  return review ? <ReviewSteps review={review} key={review.serial} /> : null;
}

/** A copy of another event is refused first; the review only shows if the organiser goes on anyway. */
function ReviewSteps({ review }: { review: MergeUnderReview }) {
  const [goOn, setGoOn] = useState(false);
  if (review.copy.otherEvent && !goOn) return <OtherEvent review={review} onGoOn={() => setGoOn(true)} />;
  return <Review review={review} />;
}

function close(): void {
  useMergeReview.getState().close();
}

/** Escape closes the review, as Cancel does, nothing merged. */
const closeOnEscape = (event: KeyboardEvent) => {
  if (event.key === 'Escape') close();
};

/** Takes the keyboard into the dialog when it opens (it may have been opened by a shortcut). */
function useFocusOnOpen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function OtherEvent({ review, onGoOn }: { review: MergeUnderReview; onGoOn: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  const other = review.copy.otherEvent!;
  return (
    <div className="merge-review__backdrop">
      <div className="merge-review card" role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={textId} onKeyDown={closeOnEscape}>
        <h2 id={titleId}>{t('mergeReview:otherEvent.title')}</h2>
        <p id={textId}>{t('mergeReview:otherEvent.message', { file: review.copy.fileName, mine: other.mine, theirs: other.theirs })}</p>
        <div className="merge-review__actions">
          <button type="button" onClick={onGoOn}>{t('mergeReview:otherEvent.goOn')}</button>
          <button type="button" className="primary" autoFocus onClick={close}>{t('mergeReview:cancel')}</button>
        </div>
      </div>
    </div>
  );
}

function Review({ review }: { review: MergeUnderReview }) {
  const { t } = useTranslation();
  const titleId = useId();
  const perform = useProjectStore((s) => s.perform);
  const show = useShellStore((s) => s.show);
  const { copy, mine } = review;
  const { result } = copy;
  const [choices, setChoices] = useState<Choices>(() => allChoices(result.conflicts, 'mine'));
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const dialog = useFocusOnOpen<HTMLDivElement>();
  const copies = useMemo(() => [mine, copy.theirs], [mine, copy.theirs]);
  // Their changes are named as their copy names things; what they deleted, as mine did.
  const theirsFirst = useMemo(() => [copy.theirs, mine], [mine, copy.theirs]);
  const taken = useMemo(() => takenChanges(result), [result]);
  const groups = useMemo(() => changesByArea(taken), [taken]);
  const counts = countChoices(result.conflicts, choices);
  const nothing = taken.length === 0 && result.conflicts.length === 0;

  const apply = () => {
    if (useProjectStore.getState().project !== mine) {
      show({ tone: 'error', problems: [{ code: 'mergeReview:planChanged', params: { file: copy.fileName } }] });
      close();
      return;
    }
    const outcome = mergedPlan(copy, mine, choices, crypto.randomUUID());
    if ('problems' in outcome) {
      setProblems(outcome.problems);
      return;
    }
    perform([{ type: 'project/merge', payload: { merged: outcome.plan } }], 'mergeReview:history.merge');
    show({
      tone: 'info',
      texts: [
        { code: 'mergeReview:applied', params: { file: copy.fileName, count: taken.length } },
        ...(result.conflicts.length > 0 ? [{ code: 'mergeReview:appliedChoices' as const, params: { count: counts.theirs } }] : []),
        { code: 'mergeReview:appliedUndo' },
      ],
    });
    close();
  };

  return (
    <div className="merge-review__backdrop">
      <div className="merge-review card" role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} ref={dialog} onKeyDown={closeOnEscape}>
        <h2 id={titleId}>{t('mergeReview:title', { file: copy.fileName })}</h2>
        <p>{copy.base && !result.twoWay ? t('mergeReview:baseFound') : t('mergeReview:noBase')}</p>
        {nothing && <p role="status">{t('mergeReview:nothing')}</p>}

        {!nothing && (
          <section aria-labelledby={`${titleId}-theirs`} className="merge-review__changes">
            <h3 id={`${titleId}-theirs`}>{t('mergeReview:fromTheirs', { count: taken.length })}</h3>
            {groups.length === 0 && <p>{t('mergeReview:nothingFromTheirs')}</p>}
            {groups.map(({ area, changes }) => (
              <section key={area} aria-label={t(`mergeReview:area.${area}`)}>
                <h4>{t(`mergeReview:area.${area}`)} ({changes.length})</h4>
                <ul>
                  {changes.slice(0, CHANGES_SHOWN).map((change, i) => (
                    <li key={i} className={`merge-change merge-change--${change.kind}`}>
                      <span className="merge-change__kind">{t(`mergeReview:kind.${change.kind}`)}</span>{' '}
                      <span>{describeChange(t, change, theirsFirst)}</span>
                    </li>
                  ))}
                </ul>
                {changes.length > CHANGES_SHOWN && <p>{t('mergeReview:more', { count: changes.length - CHANGES_SHOWN })}</p>}
              </section>
            ))}
          </section>
        )}

        {result.conflicts.length > 0 && (
          <section aria-labelledby={`${titleId}-conflicts`} className="merge-review__conflicts">
            <h3 id={`${titleId}-conflicts`}>{t('mergeReview:conflicts', { count: result.conflicts.length })}</h3>
            <div className="merge-review__all">
              <button type="button" onClick={() => setChoices(allChoices(result.conflicts, 'mine'))}>{t('mergeReview:allMine')}</button>
              <button type="button" onClick={() => setChoices(allChoices(result.conflicts, 'theirs'))}>{t('mergeReview:allTheirs')}</button>
            </div>
            <table className="merge-review__table">
              <thead>
                <tr>
                  <th scope="col">{t('mergeReview:field')}</th>
                  <th scope="col">{t('mergeReview:mine')}</th>
                  <th scope="col">{t('mergeReview:theirs')}</th>
                  {copy.base && <th scope="col">{t('mergeReview:base')}</th>}
                </tr>
              </thead>
              <tbody>
                {result.conflicts.map((conflict) => (
                  <ConflictRow
                    key={conflict.key}
                    conflict={conflict}
                    copies={copies}
                    withBase={copy.base !== null}
                    choice={choices[conflict.key] ?? 'mine'}
                    onChoose={(choice) => setChoices({ ...choices, [conflict.key]: choice })}
                  />
                ))}
              </tbody>
            </table>
          </section>
        )}

        <div className="merge-review__actions">
          {problems.length > 0 && <p role="alert" className="merge-review__message">{describeProblems(t, problems).join(' ')}</p>}
          {result.conflicts.length > 0 && problems.length === 0 && (
            <p role="status" className="merge-review__message">{t('mergeReview:chosen', counts)}</p>
          )}
          <button type="button" onClick={close}>{t('mergeReview:cancel')}</button>
          <button type="button" className="primary" disabled={nothing} onClick={apply}>{t('mergeReview:apply')}</button>
        </div>
      </div>
    </div>
  );
}

function ConflictRow({ conflict, copies, withBase, choice, onChoose }: {
  conflict: MergeConflict;
  copies: readonly Project[];
  withBase: boolean;
  choice: 'mine' | 'theirs';
  onChoose: (choice: 'mine' | 'theirs') => void;
}) {
  const { t } = useTranslation();
  const place = conflictPlace(t, conflict, copies);
  const field = conflict.path.at(-1) ?? '';
  const name = useId();
  return (
    <tr className="merge-conflict" aria-label={place}>
      <th scope="row">
        {place}
        <span className="merge-conflict__kind">{t(`mergeReview:conflictKind.${conflict.kind}`)}</span>
      </th>
      {(['mine', 'theirs'] as const).map((side) => (
        <td key={side} className={choice === side ? 'merge-conflict__chosen' : undefined}>
          <label>
            <input type="radio" name={name} checked={choice === side} onChange={() => onChoose(side)} />{' '}
            {t(side === 'mine' ? 'mergeReview:keepMine' : 'mergeReview:takeTheirs')}
          </label>
          <span className="merge-conflict__value">{valueInWords(t, conflict[side], copies, field)}</span>
        </td>
      ))}
      {withBase && <td className="merge-conflict__value">{valueInWords(t, conflict.base, copies, field)}</td>}
    </tr>
  );
}

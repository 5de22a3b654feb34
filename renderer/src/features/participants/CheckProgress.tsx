/** Where the check of an import has got: after a second, its step and a way to stop it; after a stop, a way to start again. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckState } from './import-check.ts';

/** A check shorter than this shows only one quiet line: a flash of a bar would only distract. */
const SHOW_AFTER_MS = 1000;
const STEP_TEXTS = { 1: 'participants:check.steps.rows', 2: 'participants:check.steps.plan' } as const;
const STEPS = Object.keys(STEP_TEXTS).length;

export function CheckProgress({ state, onStop, onRetry }: { state: Exclude<CheckState, { status: 'checked' }>; onStop: () => void; onRetry: () => void }) {
  const { t } = useTranslation();
  const [slow, setSlow] = useState(false);
  const checking = state.status === 'checking';
  useEffect(() => {
    setSlow(false);
    if (!checking) return undefined;
    const timer = setTimeout(() => setSlow(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [checking]);

  if (state.status !== 'checking') {
    return (
      <div className="pt-check" role="alert">
        <p>{state.status === 'stopped' ? t('participants:check.stopped') : t('participants:check.failed', { message: state.message })}</p>
        <button type="button" onClick={onRetry}>{t('participants:check.again')}</button>
      </div>
    );
  }
  return (
    <div className="pt-check" role="status">
      <p>
        {slow ? t('participants:check.step', { step: state.step, steps: STEPS, what: t(STEP_TEXTS[state.step]) }) : t('participants:check.checking')}
        {slow && <progress max={STEPS} value={state.step - 1} aria-label={t('participants:check.checking')} />}
      </p>
      {slow && <button type="button" onClick={onStop}>{t('participants:check.stop')}</button>}
    </div>
  );
}

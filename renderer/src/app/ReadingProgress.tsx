/** A file from elsewhere being read off the window's thread: after a second, how far it has got and a way to stop it. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadingProgress as Reading } from '../../../shared/ipc.ts';
import { useShellStore } from '../state/shell-store.ts';

/** A reading shorter than this shows nothing: a flash of a bar would only distract. */
const SHOW_AFTER_MS = 1000;

export function ReadingProgress() {
  const { t } = useTranslation();
  const show = useShellStore((s) => s.show);
  const [reading, setReading] = useState<Reading | null>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => window.regie.onReading((progress) => setReading(progress.finished ? null : progress)), []);
  const active = reading !== null;
  useEffect(() => {
    setVisible(false);
    if (!active) return undefined;
    const timer = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [active]);
  if (!reading || !visible) return null;

  const percent = reading.total > 0 ? Math.min(100, Math.floor((100 * reading.done) / reading.total)) : null;
  const cancel = async () => {
    await window.regie.cancelReading();
    show({ tone: 'info', texts: [{ code: 'files:reading.cancelled' }] });
  };
  return (
    <div className="message message--info reading-progress" role="status">
      <p>
        {percent === null ? t('files:reading.progressUnknown', { file: reading.file }) : t('files:reading.progress', { file: reading.file, percent })}
        {percent !== null && <progress max={100} value={percent} />}
      </p>
      <button type="button" onClick={() => void cancel()}>{t('files:reading.cancel')}</button>
    </div>
  );
}

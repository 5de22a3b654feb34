/** The outcome of the last action, and the notices from opening (repairs, reset settings): each dismissible. */
import { useTranslation } from 'react-i18next';
import { describeProblems } from '../../../shared/i18n/index.ts';
import { useProjectStore } from '../state/store.ts';
import { useShellStore } from './shell-store.ts';

export function MessageBar() {
  const { t } = useTranslation();
  const message = useShellStore((s) => s.message);
  const clear = useShellStore((s) => s.clearMessage);
  if (!message) return null;
  const isError = message.tone === 'error';
  return (
    <div className={`message message--${message.tone}`} role={isError ? 'alert' : 'status'}>
      {isError ? (
        <ul>
          {describeProblems(t, message.problems).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{message.texts.map((text) => t(text.code, text.params)).join(' ')}</p>
      )}
      <button type="button" className="message__close" onClick={clear}>
        {t('common:shell.dismiss')}
      </button>
    </div>
  );
}

export function NoticeBanner() {
  const { t } = useTranslation();
  const notices = useProjectStore((s) => s.notices);
  const dismiss = useProjectStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('common:shell.notices')}>
      <h2>{t('common:shell.notices')}</h2>
      <ul>
        {describeProblems(t, notices).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <button type="button" className="message__close" onClick={dismiss}>
        {t('common:shell.dismiss')}
      </button>
    </section>
  );
}

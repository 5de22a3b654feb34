/** A severity as a small inline icon (bundled SVG, nothing from the network) with its name for screen readers. */
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../../shared/rules/index.ts';

export const SEVERITY_PATHS: Record<Severity, string> = {
  error: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm-2.3 3.3L4.3 5.7 6.6 8l-2.3 2.3 1.4 1.4L8 9.4l2.3 2.3 1.4-1.4L9.4 8l2.3-2.3-1.4-1.4L8 6.6z',
  warning: 'M8 1 15.5 14h-15zm-1 5v4h2V6zm0 5v2h2v-2z',
  info: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zM7 7v5h2V7zm0-3v2h2V4z',
};

export function SeverityIcon({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <svg className={`severity-icon severity-icon--${severity}`} viewBox="0 0 16 16" width="16" height="16" role="img" aria-label={t(`conflicts:severity.${severity}`)}>
      <path d={SEVERITY_PATHS[severity]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}

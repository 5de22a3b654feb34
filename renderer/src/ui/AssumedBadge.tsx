/** Marks a value the event's description does not give (an assumption the organiser should check). */
import { useTranslation } from 'react-i18next';

/** Whether `field` of an item (session, room, poster…) was assumed rather than given. */
const isAssumed = (item: { readonly assumed?: readonly string[] }, field: string): boolean =>
  item.assumed?.includes(field) ?? false;

export function AssumedBadge() {
  const { t } = useTranslation();
  return (
    <span className="assumed-badge" title={t('common:assumed.hint')} aria-label={t('common:assumed.label')}>
      {t('common:assumed.badge')}
    </span>
  );
}

/** Shows the badge only when `field` of `item` was assumed. */
export function AssumedMark({ item, field }: { item: { readonly assumed?: readonly string[] }; field: string }) {
  return isAssumed(item, field) ? <AssumedBadge /> : null;
}

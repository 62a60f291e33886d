import { useState } from 'react';
import type { Role } from '../../core/contracts/auth';
import { fieldWorkers } from '../../core/contracts/role-groups';
import { useI18n } from '../i18n/I18nProvider';

const dismissedKey = 'jingwang-phone-hint-dismissed';

function wasDismissed(): boolean {
  try {
    return localStorage.getItem(dismissedKey) === '1';
  } catch {
    return false; // no storage (server rendering, a locked-down browser): the hint shows
  }
}

/**
 * On a phone-sized screen (phone.css shows it at 700 px or less), points the roles the field app serves to /m: a grid worker
 * who opened the dashboard's address on a phone found no way there. Other roles get no hint: the desktop views stack
 * into one column on a phone (phone.css), and a line telling them to find a computer would only take room. 知道了
 * puts it away for good on this browser: a worker who uses the desktop views on a phone on purpose read it on every page.
 */
export function PhoneHint({ role }: { role: Role }) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState(wasDismissed);
  if (!fieldWorkers.includes(role) || dismissed) return null;
  return (
    <p className="phone-hint" data-testid="phone-hint">
      {t('phoneHintField')} <a href="/m/">{t('phoneHintFieldLink')}</a>{' '}
      <button
        type="button"
        className="link-button phone-hint-close"
        onClick={() => {
          localStorage.setItem(dismissedKey, '1');
          setDismissed(true);
        }}
        data-testid="phone-hint-close"
      >
        {t('phoneHintDismiss')}
      </button>
    </p>
  );
}

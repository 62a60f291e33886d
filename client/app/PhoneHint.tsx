import type { Role } from '../../core/contracts/auth';
import { fieldWorkers } from '../../core/contracts/role-groups';
import { useI18n } from '../i18n/I18nProvider';

/**
 * On a phone-sized screen (phone.css shows it at 700 px or less), points the roles the field app serves to /m: a grid worker
 * who opened the dashboard's address on a phone found no way there. Other roles get no hint: the desktop views stack
 * into one column on a phone (phone.css), and a line telling them to find a computer would only take room.
 */
export function PhoneHint({ role }: { role: Role }) {
  const { t } = useI18n();
  if (!fieldWorkers.includes(role)) return null;
  return (
    <p className="phone-hint" data-testid="phone-hint">
      {t('phoneHintField')} <a href="/m/">{t('phoneHintFieldLink')}</a>
    </p>
  );
}

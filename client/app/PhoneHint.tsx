import type { Role } from '../../core/contracts/auth';
import { fieldWorkers } from '../../core/contracts/role-groups';
import { useI18n } from '../i18n/I18nProvider';

/**
 * On a phone-sized screen (app.css shows it below 700 px), points the roles the field app serves to /m: the desktop
 * views need a wide screen, and a grid worker who opened the dashboard's address on a phone found no way there.
 */
export function PhoneHint({ role }: { role: Role }) {
  const { t } = useI18n();
  return (
    <p className="phone-hint" data-testid="phone-hint">
      {fieldWorkers.includes(role) ? (
        <>
          {t('phoneHintField')} <a href="/m/">{t('phoneHintFieldLink')}</a>
        </>
      ) : (
        t('phoneHintDesk')
      )}
    </p>
  );
}

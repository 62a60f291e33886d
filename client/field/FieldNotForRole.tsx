import type { Me } from '../../core/contracts/auth';
import { fieldWorkers } from '../../core/contracts/role-groups';
import { useI18n } from '../i18n/I18nProvider';
import { describeRole } from '../shared/describe-user';

/**
 * The field app signed in with a role the field routes refuse (a viewer, a planner): said once and plainly, with the
 * roles that may use it and the way to the desktop app, instead of five screens each failing with the API's words.
 */
export function FieldNotForRole({ me, onLogout }: { me: Me; onLogout: () => void }) {
  const { t } = useI18n();
  const roles = fieldWorkers.map((r) => describeRole(r, t)).join(t('listSeparator'));
  return (
    <div className="field-app">
      <header className="field-header">
        <h1>{t('fieldAppTitle')}</h1>
        <span className="field-user">{me.displayName}</span>
        <button type="button" className="field-logout" onClick={onLogout}>
          {t('fieldLogout')}
        </button>
      </header>
      <main className="field-not-for-role field-card" data-testid="field-not-for-role">
        <h2>{t('fieldNotForRoleTitle')}</h2>
        <p>{t('fieldNotForRoleText', { role: describeRole(me.role, t), roles })}</p>
        <a className="field-desktop-link" href="/" data-testid="field-desktop-link">
          {t('fieldNotForRoleDesktop')}
        </a>
      </main>
    </div>
  );
}

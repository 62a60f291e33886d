import { useI18n } from '../i18n/I18nProvider';

export interface HeaderProps {
  demo: boolean; // the database holds generated demo data
  userName?: string;
  onLogout?: () => void;
}

/** Title, demo-data badge, language switch and (when signed in) the user with a logout button. */
export function Header({ demo, userName, onLogout }: HeaderProps) {
  const { t, language, setLanguage } = useI18n();
  return (
    <header className="app-header">
      <h1 data-testid="app-title">{t('appTitle')}</h1>
      {demo && (
        <span className="demo-badge" data-testid="demo-badge" title={t('demoBadgeTitle')}>
          {t('demoBadge')}
        </span>
      )}
      <span className="spacer" />
      {userName && <span className="user-name">{userName}</span>}
      {onLogout && (
        <button type="button" className="header-button" onClick={onLogout} data-testid="logout">
          {t('logout')}
        </button>
      )}
      <button
        type="button"
        className="header-button"
        onClick={() => setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN')}
        title={t('languageSwitchTitle')}
        data-testid="language-switch"
      >
        {t('languageSwitch')}
      </button>
    </header>
  );
}

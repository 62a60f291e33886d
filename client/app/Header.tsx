import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export interface HeaderProps {
  demo: boolean; // the database holds generated demo data
  nav?: ReactNode; // the links to the views, when signed in
  userMenu?: ReactNode;
}

/** Title, demo-data badge, navigation, the user's menu and the language switch. */
export function Header({ demo, nav, userMenu }: HeaderProps) {
  const { t, language, setLanguage } = useI18n();
  return (
    <header className="app-header">
      {/* Two lines, so that the admin's 15 views at 1600 px leave the district and the product's name whole. */}
      <h1 data-testid="app-title" title={t('appTitle')}>
        <span className="app-title-name">{t('appTitleShort')}</span>
        <small className="app-title-place">{t('appSubtitle')}</small>
      </h1>
      {demo && (
        <span className="demo-badge" data-testid="demo-badge" title={t('demoBadgeTitle')}>
          {t('demoBadge')}
        </span>
      )}
      {nav}
      <span className="spacer" />
      {userMenu}
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

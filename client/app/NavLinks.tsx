import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { viewLabels, viewPaths, type View } from './views';

/** Links to the views the user may open; plain links (a new tab works), followed in place on a plain click. */
/** `wall`: whether to link the wall, which shows the whole district (the server refuses it to a narrower jurisdiction). */
export function NavLinks({ views, current, onNavigate, wall }: { views: View[]; current: View | null; onNavigate: (path: string) => void; wall: boolean }) {
  const { t } = useI18n();
  const follow = (e: MouseEvent<HTMLAnchorElement>, path: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onNavigate(path);
  };
  return (
    <nav className="app-nav" aria-label={t('navLabel')}>
      {views.map((v) => (
        <a
          key={v}
          href={viewPaths[v]}
          onClick={(e) => follow(e, viewPaths[v])}
          aria-current={v === current ? 'page' : undefined}
          data-testid={`nav-${v}`}
        >
          {t(viewLabels[v])}
        </a>
      ))}
      {/* The wall is its own page (its own sign-in and full-screen stage), so a plain link that leaves the app. */}
      {wall && (
        <a href="/wall" target="_blank" rel="noopener" data-testid="nav-wall">
          {t('navWall')}
        </a>
      )}
    </nav>
  );
}

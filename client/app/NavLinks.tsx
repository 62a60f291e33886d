import { useCallback, useRef, useState, type MouseEvent } from 'react';
import type { Role } from '../../core/contracts/auth';
import { useI18n } from '../i18n/I18nProvider';
import { useDismiss } from '../shared/use-dismiss';
import { navigationOf, viewLabels, viewPaths, type View } from './views';

type Follow = (e: MouseEvent<HTMLAnchorElement>, path: string) => void;

function ViewLink({ view, current, follow }: { view: View; current: View | null; follow: Follow }) {
  const { t } = useI18n();
  return (
    <a href={viewPaths[view]} onClick={(e) => follow(e, viewPaths[view])} aria-current={view === current ? 'page' : undefined} data-testid={`nav-${view}`}>
      {t(viewLabels[view])}
    </a>
  );
}

/** 系统管理 ▾: the system's settings (audit, tokens, base map, users), one click away and out of the daily row. */
function SystemMenu({ views, current, follow }: { views: View[]; current: View | null; follow: Follow }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, rootRef);
  const here = current !== null && views.includes(current);
  const followAndClose: Follow = (e, path) => {
    follow(e, path);
    setOpen(false);
  };
  return (
    <div className="nav-menu" ref={rootRef}>
      <button
        type="button"
        className={here ? 'nav-menu-button current' : 'nav-menu-button'}
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen((o) => !o)}
        data-testid="nav-system"
      >
        {here ? t('navSystemAt', { view: t(viewLabels[current]) }) : t('navSystem')} ▾
      </button>
      {open && (
        <div className="nav-menu-panel" data-testid="nav-system-menu">
          {views.map((v) => (
            <ViewLink key={v} view={v} current={current} follow={followAndClose} />
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * Links to the views the user may open; plain links (a new tab works), followed in place on a plain click.
 * `wall`: whether to link the wall, which shows the whole district (the server refuses it to a narrower jurisdiction).
 */
export function NavLinks({ role, current, onNavigate, wall }: { role: Role; current: View | null; onNavigate: (path: string) => void; wall: boolean }) {
  const { t } = useI18n();
  const { daily, system } = navigationOf(role);
  const follow: Follow = (e, path) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onNavigate(path);
  };
  return (
    <>
      <nav className="app-nav" aria-label={t('navLabel')}>
        {daily.map((v) => (
          <ViewLink key={v} view={v} current={current} follow={follow} />
        ))}
        {/* The wall is its own page (its own sign-in and full-screen stage), so a plain link that leaves the app. */}
        {wall && (
          <a href="/wall" target="_blank" rel="noopener" data-testid="nav-wall">
            {t('navWall')}
          </a>
        )}
      </nav>
      {system.length > 0 && <SystemMenu views={system} current={current} follow={follow} />}
    </>
  );
}

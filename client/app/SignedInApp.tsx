import { useEffect } from 'react';
import type { Me } from '../../core/contracts/auth';
import { AuditView } from '../features/admin/AuditView';
import { UsersView } from '../features/admin/UsersView';
import { WallTokensView } from '../features/admin/WallTokensView';
import { IdleWarning } from '../features/auth/IdleWarning';
import type { SessionClock } from '../features/auth/session-timer';
import { useSessionTimer } from '../features/auth/use-session-timer';
import { UserMenu } from '../features/auth/UserMenu';
import { ResidentsView } from '../features/residents/ResidentsView';
import { Dashboard } from './Dashboard';
import { Header } from './Header';
import { NavLinks } from './NavLinks';
import { useDashboardMap } from './use-dashboard-map';
import { useLocationPath } from './use-location-path';
import { residentUnmaskers, resolveView, viewOfPath, viewPaths, viewsForRole, type View } from './views';

export interface SignedInAppProps {
  me: Me;
  clock: SessionClock;
  onLogout: () => void;
  refresh: () => Promise<void>;
}

/** The app for a signed-in user: header with navigation and user menu, the map (always mounted) and the open view. */
export function SignedInApp({ me, clock, onLogout, refresh }: SignedInAppProps) {
  const [path, navigate] = useLocationPath();
  const view = resolveView(path, me.role);
  const m = useDashboardMap();
  const timer = useSessionTimer(clock, refresh);

  // A path the role may not open (or no view's) shows the map: say so in the address bar too.
  useEffect(() => {
    if (viewOfPath(path) !== view) window.history.replaceState(null, '', viewPaths[view]);
  }, [path, view]);

  return (
    <div className="app">
      <Header
        demo={m.summary?.demo === true}
        nav={<NavLinks views={viewsForRole(me.role)} current={view} onNavigate={navigate} />}
        userMenu={<UserMenu me={me} sessionEndsAtMs={clock.absoluteExpiresAtMs} onLogout={onLogout} />}
      />
      <div className="app-body">
        <Dashboard m={m} hidden={view !== 'map'} />
        {view !== 'map' && <main className="page">{renderView(view, me)}</main>}
        <IdleWarning state={timer.state} onStay={timer.stay} />
      </div>
    </div>
  );
}

function renderView(view: Exclude<View, 'map'>, me: Me) {
  switch (view) {
    case 'residents':
      return <ResidentsView mayUnmask={residentUnmaskers.includes(me.role)} />;
    case 'audit':
      return <AuditView />;
    case 'wall-tokens':
      return <WallTokensView />;
    case 'users':
      return <UsersView />;
  }
}

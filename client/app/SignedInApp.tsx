import { Suspense, useEffect, useState } from 'react';
import type { Me, Role } from '../../core/contracts/auth';
import { watchesWholeDistrict } from '../../core/contracts/role-groups';
import { AuditView } from '../features/admin/AuditView';
import { UsersView } from '../features/admin/UsersView';
import { WallTokensView } from '../features/admin/WallTokensView';
import { ApiTokensView } from '../features/admin/ApiTokensView';
import { IdleWarning } from '../features/auth/IdleWarning';
import type { SessionClock } from '../features/auth/session-timer';
import { useSessionTimer } from '../features/auth/use-session-timer';
import { UserMenu } from '../features/auth/UserMenu';
import { ResidentsView } from '../features/residents/ResidentsView';
import { Dashboard } from './Dashboard';
import { useI18n } from '../i18n/I18nProvider';
import { Header } from './Header';
import { AnalysisView, BasemapView, DisputesView, GridPageView, PatrolView, PlannerView, RegistryView, WorkforceView } from './lazy-views';
import { NavLinks } from './NavLinks';
import { NoAccessPage } from './NoAccessPage';
import { PhoneHint } from './PhoneHint';
import { useDashboardMap } from './use-dashboard-map';
import { useSummary } from '../api/hooks';
import { useLocationPath } from './use-location-path';
import { gridCodeOfPath, residentChangers, residentUnmaskers, resolveView, viewOfPath, viewPaths, viewsForRole, type View } from './views';

export interface SignedInAppProps {
  me: Me;
  clock: SessionClock;
  onLogout: () => void;
  refresh: () => Promise<void>;
}

/**
 * The app for a signed-in user: header with navigation and user menu, the map and the open view. The map is
 * mounted when its view is first opened and then stays (hidden) while other views are open: a user who signs in
 * to the residents list does not pay for a WebGL map and 100,000 incidents they have not asked for.
 */
export function SignedInApp({ me, clock, onLogout, refresh }: SignedInAppProps) {
  const [path, navigate] = useLocationPath();
  const view = resolveView(path, me.role);
  const [summary] = useSummary();
  const [mapOpened, setMapOpened] = useState(false);
  if (view === 'map' && !mapOpened) setMapOpened(true);
  const timer = useSessionTimer(clock, refresh);
  // Once opened, the planner stays mounted (hidden) like the map: its map, its loaded area and an unsaved plan live on.
  const [plannerOpened, setPlannerOpened] = useState(false);
  if (view === 'planner' && !plannerOpened) setPlannerOpened(true);
  const mayPlan = viewsForRole(me.role).includes('planner');
  // The analysis view likewise: its map, filter and fetched analyses stay while another view is open.
  const [analysisOpened, setAnalysisOpened] = useState(false);
  if (view === 'analysis' && !analysisOpened) setAnalysisOpened(true);
  const mayAnalyse = viewsForRole(me.role).includes('analysis');
  // The patrol planner likewise: its map, its terms and the route on screen stay while another view is open.
  const [patrolOpened, setPatrolOpened] = useState(false);
  if (view === 'patrol' && !patrolOpened) setPatrolOpened(true);
  const mayPatrol = viewsForRole(me.role).includes('patrol');

  // A path that names no view shows the map: say so in the address bar too. A view the role may not open keeps
  // its address and says 无权访问 (below), so what was typed stays visible.
  useEffect(() => {
    if (view !== 'no-access' && viewOfPath(path) !== view) window.history.replaceState(null, '', viewPaths[view]);
  }, [path, view]);

  return (
    <div className="app">
      <PhoneHint role={me.role} />
      <Header
        demo={summary.data?.demo === true}
        nav={<NavLinks role={me.role} current={view === 'no-access' ? null : view} onNavigate={navigate} wall={watchesWholeDistrict(me.scope)} />}
        userMenu={<UserMenu me={me} sessionEndsAtMs={clock.absoluteExpiresAtMs} onLogout={onLogout} />}
      />
      <div className="app-body">
        {mapOpened && <DashboardMapPage hidden={view !== 'map'} role={me.role} />}
        {plannerOpened && mayPlan && (
          <main className={view === 'planner' ? 'page planner-page' : 'page planner-page page-hidden'} aria-hidden={view !== 'planner' || undefined}>
            <Suspense fallback={<ViewLoading />}>
              <PlannerView username={me.username} />
            </Suspense>
          </main>
        )}
        {analysisOpened && mayAnalyse && (
          <main className={view === 'analysis' ? 'page analysis-page' : 'page analysis-page page-hidden'} aria-hidden={view !== 'analysis' || undefined}>
            <Suspense fallback={<ViewLoading />}>
              <AnalysisView active={view === 'analysis'} />
            </Suspense>
          </main>
        )}
        {patrolOpened && mayPatrol && (
          <main className={view === 'patrol' ? 'page patrol-page' : 'page patrol-page page-hidden'} aria-hidden={view !== 'patrol' || undefined}>
            <Suspense fallback={<ViewLoading />}>
              <PatrolView scope={me.scope} active={view === 'patrol'} demo={summary.data?.demo === true} />
            </Suspense>
          </main>
        )}
        {view === 'no-access' && (
          <main className="page">
            <NoAccessPage role={me.role} path={path} views={viewsForRole(me.role)} onNavigate={navigate} />
          </main>
        )}
        {view !== 'no-access' && view !== 'map' && view !== 'planner' && view !== 'analysis' && view !== 'patrol' && (
          <main className="page">
            <Suspense fallback={<ViewLoading />}>{renderView(view, me, path, navigate)}</Suspense>
          </main>
        )}
        <IdleWarning state={timer.state} onStay={timer.stay} />
      </div>
    </div>
  );
}

function DashboardMapPage({ hidden, role }: { hidden: boolean; role: Role }) {
  const m = useDashboardMap(role);
  return <Dashboard m={m} hidden={hidden} />;
}

function ViewLoading() {
  const { t } = useI18n();
  return <p className="view-note">{t('loading')}</p>;
}

function renderView(view: Exclude<View, 'map' | 'planner' | 'analysis' | 'patrol'>, me: Me, path: string, navigate: (path: string) => void) {
  switch (view) {
    case 'disputes':
      return <DisputesView me={me} />;
    case 'workforce':
      return <WorkforceView me={me} />;
    case 'grid':
      return (
        <GridPageView
          key={path}
          code={gridCodeOfPath(path)!}
          mayReadDisputes={viewsForRole(me.role).includes('disputes')}
          renderNoAccess={(detail) => <NoAccessPage role={me.role} path={path} views={viewsForRole(me.role)} onNavigate={navigate} detail={detail} />}
        />
      );
    case 'residents':
      return <ResidentsView mayUnmask={residentUnmaskers.includes(me.role)} mayChange={residentChangers.includes(me.role)} />;
    case 'registry':
      return <RegistryView me={me} />;
    case 'audit':
      return <AuditView />;
    case 'wall-tokens':
      return <WallTokensView />;
    case 'api-tokens':
      return <ApiTokensView />;
    case 'basemap':
      return <BasemapView />;
    case 'users':
      return <UsersView myUsername={me.username} />;
  }
}

import { useState } from 'react';
import type { Me } from '../../core/contracts/auth';
import { registryWriters } from '../../core/contracts/role-groups';
import { useI18n } from '../i18n/I18nProvider';
import type { Outbox } from './outbox/outbox';
import { usePatrol } from './patrol/use-patrol';
import { QueueBar } from './QueueBar';
import { CheckInScreen } from './screens/CheckInScreen';
import { MineScreen } from './screens/MineScreen';
import { PatrolScreen } from './screens/PatrolScreen';
import { ReportScreen } from './screens/ReportScreen';
import { TodayScreen } from './screens/TodayScreen';
import { useOnline } from './use-online';
import { useOutboxSettled } from './use-outbox';
import { useToday } from './use-today';

const tabs = ['today', 'patrol', 'check-in', 'report', 'mine'] as const;
type Tab = (typeof tabs)[number];
const tabLabels = { today: 'fieldTabToday', patrol: 'fieldTabPatrol', 'check-in': 'fieldTabCheckIn', report: 'fieldTabReport', mine: 'fieldTabMine' } as const;

/**
 * The signed-in field app: header, the queue's state, one screen, and the tabs at the bottom where a thumb reaches
 * them. The patrol lives here, not in its screen, so that switching screens never stops the pings.
 */
export function FieldShell({ me, outbox, onLogout }: { me: Me; outbox: Outbox; onLogout: () => void }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('today');
  const online = useOnline();
  // 今日 is read again once a 核查走访 has left the queue: the server closes its task and counts its building verified.
  const today = useToday(me.username, useOutboxSettled(outbox, 'visit'));
  const patrol = usePatrol(outbox, me.role);
  return (
    <div className="field-app" data-testid="field-app">
      <header className="field-header">
        <h1>{t('fieldAppTitle')}</h1>
        <span className="field-user" title={me.displayName} data-testid="field-user">{me.displayName}</span>
        {today.status === 'ready' && today.today.demo === true && (
          <span className="field-demo" data-testid="demo-badge" title={t('demoBadgeTitle')}>
            {t('demoBadge')}
          </span>
        )}
        {!online && (
          <span className="field-offline" data-testid="field-offline">
            {t('fieldOffline')}
          </span>
        )}
        <button type="button" className="field-logout" onClick={onLogout}>
          {t('fieldLogout')}
        </button>
      </header>
      <QueueBar outbox={outbox} />
      <main className="field-screen" data-testid={`field-screen-${tab}`}>
        {tab === 'today' && <TodayScreen state={today} outbox={outbox} canRecordVisits={registryWriters.includes(me.role)} />}
        {tab === 'patrol' && <PatrolScreen patrol={patrol} today={today} />}
        {tab === 'check-in' && <CheckInScreen outbox={outbox} today={today} patrol={patrol.patrol} patrolFix={patrol.lastFix} />}
        {tab === 'report' && <ReportScreen outbox={outbox} />}
        {tab === 'mine' && <MineScreen />}
      </main>
      <nav className="field-tabs">
        {tabs.map((name) => (
          <button key={name} type="button" className={name === tab ? 'active' : ''} onClick={() => setTab(name)} data-testid={`field-tab-${name}`}>
            {t(tabLabels[name])}
            {name === 'patrol' && patrol.patrol && <span className="field-dot" aria-hidden />}
          </button>
        ))}
      </nav>
    </div>
  );
}

import { useState } from 'react';
import type { Me } from '../../../core/contracts/auth';
import { useI18n } from '../../i18n/I18nProvider';
import { ExportPanel } from './ExportPanel';
import { FreshnessPanel } from './FreshnessPanel';
import { ImportPanel } from './ImportPanel';
import { registryAccess, tabsFor, type RegistryTab } from './registry-access';
import { tabLabels } from './registry-labels';
import { TasksPanel } from './TasksPanel';
import './registry.css';

/** 一标三实: freshness per grid and building with the visit form, collection tasks, import and export (issue 7). */
export function RegistryView({ me }: { me: Pick<Me, 'role' | 'scope' | 'jurisdiction'> }) {
  const { t } = useI18n();
  const access = registryAccess(me.role);
  const tabs = tabsFor(access);
  const [tab, setTab] = useState<RegistryTab>('freshness');
  // An import changes the figures: the freshness tab mounts afresh (and reads them again) when it is opened next.
  const [imports, setImports] = useState(0);
  return (
    <section className="view registry-view" data-testid="registry-view">
      <h2>{t('regTitle')}</h2>
      <p className="view-note">{t('regNote')}</p>
      <div className="registry-tabs" role="tablist">
        {tabs.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={tab === id ? 'active' : undefined}
            onClick={() => setTab(id)}
            data-testid={`registry-tab-${id}`}
          >
            {t(tabLabels[id])}
          </button>
        ))}
      </div>
      <div className="registry-tab-body" role="tabpanel">
        {tab === 'freshness' && <FreshnessPanel key={imports} mayWrite={access.mayWrite} user={me} />}
        {tab === 'tasks' && <TasksPanel mayAssign={access.mayAssign} />}
        {tab === 'import' && <ImportPanel onImported={() => setImports((n) => n + 1)} />}
        {tab === 'export' && <ExportPanel mayUnmask={access.mayUnmask} />}
      </div>
    </section>
  );
}

import { useState } from 'react';
import type { Me } from '../../../core/contracts/auth';
import { assessors, meetingRecorders, workRecorders } from '../../../core/contracts/role-groups';
import { getGridPeople } from '../../api/workforce-endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { GridLink } from '../../shared/GridLink';
import { ActivitiesPanel } from './ActivitiesPanel';
import { AssessmentsPanel } from './AssessmentsPanel';
import { MeetingsPanel } from './MeetingsPanel';
import { PeopleTree } from '../../shared/PeopleTree';
import { useGridChoices } from '../../shared/use-grid-choices';

const tabs = ['people', 'work', 'meetings', 'assessments'] as const;
type Tab = (typeof tabs)[number];
const tabLabels: Record<Tab, MessageKey> = { people: 'wfTabPeople', work: 'wfTabWork', meetings: 'wfTabMeetings', assessments: 'wfTabAssessments' };

/**
 * 网格队伍: one grid of the user's scope at a time — its people, work records, meetings — and the two-monthly
 * assessment's rankings (all grids of the scope) with the grade form for assessors.
 */
export function WorkforceView({ me }: { me: Me }) {
  const { t } = useI18n();
  const { choices, error } = useGridChoices(me.scope);
  const [picked, setPicked] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('people');
  const grid = choices.find((c) => c.code === picked) ?? choices[0];
  const gridCode = grid?.code ?? '';
  const [people] = useResource((signal) => (gridCode ? getGridPeople(gridCode, signal) : Promise.resolve(undefined)), [gridCode]);

  return (
    <section className="view register-view" data-testid="workforce-view">
      <header className="view-head">
        <h2>{t('wfTitle')}</h2>
      </header>
      {error && <p className="error">{t('loadFailed', { message: error.message })}</p>}
      <div className="filters">
        <label>
          {t('wfGrid')}
          <select value={gridCode} onChange={(e) => setPicked(e.target.value)} data-testid="wf-grid">
            {choices.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({c.code})
              </option>
            ))}
          </select>
        </label>
        {gridCode && <GridLink code={gridCode}>{t('wfOpenGridPage')}</GridLink>}
      </div>
      <nav className="tabs" role="tablist">
        {tabs.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} className={tab === k ? 'tab active' : 'tab'} onClick={() => setTab(k)} data-testid={`wf-tab-${k}`}>
            {t(tabLabels[k])}
          </button>
        ))}
      </nav>
      {gridCode && tab === 'people' && (people.data ? <PeopleTree people={people.data} /> : <p className="view-note">{people.status === 'error' ? people.error.message : t('loading')}</p>)}
      {gridCode && tab === 'work' && <ActivitiesPanel gridCode={gridCode} mayRecord={workRecorders.includes(me.role)} />}
      {gridCode && tab === 'meetings' && <MeetingsPanel gridCode={gridCode} people={people.data} mayRecord={meetingRecorders.includes(me.role)} />}
      {tab === 'assessments' && <AssessmentsPanel gridCode={gridCode} gridName={grid?.name ?? gridCode} mayAssess={assessors.includes(me.role) && !!gridCode} />}
    </section>
  );
}

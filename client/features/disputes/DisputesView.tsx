import type { Me } from '../../../core/contracts/auth';
import { disputeHandlers, disputeWriters, unmaskers } from '../../../core/contracts/role-groups';
import { useI18n } from '../../i18n/I18nProvider';
import { DisputeDrawer } from './DisputeDrawer';
import { DisputeFilters } from './DisputeFilters';
import { DisputesTable } from './DisputesTable';
import { FieldReportInbox } from './FieldReportInbox';
import { HighRiskList } from './HighRiskList';
import { RegisterDisputeForm } from './RegisterDisputeForm';
import { RemindersPanel } from './RemindersPanel';
import { useGridChoices } from '../../shared/use-grid-choices';
import { useDisputesView } from './use-disputes-view';

/**
 * 矛盾纠纷: the register of the user's scope (search, filters, server-side sorting and paging), the high-risk list and
 * the overdue reminders beside it, one dispute in a drawer, and the register form. The roles' groups decide which
 * buttons show; the server decides what is allowed.
 */
export function DisputesView({ me }: { me: Me }) {
  const { t } = useI18n();
  const v = useDisputesView();
  const { choices: grids } = useGridChoices(me.scope);
  const mayWrite = disputeWriters.includes(me.role);
  return (
    <section className="view register-view" data-testid="disputes-view">
      <header className="view-head">
        <h2>{t('dspTitle')}</h2>
        {mayWrite && (
          <button type="button" onClick={() => v.setRegistering(true)} data-testid="dispute-register-open">
            {t('dspRegisterTitle')}
          </button>
        )}
      </header>
      <p className="view-note">{t('dspNote')}</p>
      <div className="register-columns">
        <div className="register-main">
          <DisputeFilters draft={v.draft} onDraft={v.setDraft} onApply={v.apply} onReset={v.reset} grids={grids} />
          {v.page.status === 'error' && (
            <p className="error" role="alert">
              {t('loadFailed', { message: v.page.error.message })}
            </p>
          )}
          {v.page.data ? (
            <DisputesTable
              rows={v.page.data.rows}
              total={v.page.data.total}
              sort={v.sort}
              onSort={v.setSort}
              pagination={v.pagination}
              onPagination={v.setPagination}
              selected={v.selected}
              onSelect={v.setSelected}
              busy={v.page.status === 'loading'}
            />
          ) : (
            v.page.status === 'loading' && <p className="view-note">{t('loading')}</p>
          )}
        </div>
        <div className="register-side">
          <HighRiskList map={v.highRisk} onSelect={v.setSelected} onShowAll={v.showHighRisk} />
          <RemindersPanel reminders={v.reminders} onSelect={v.setSelected} />
          {disputeHandlers.includes(me.role) && <FieldReportInbox onDisputeMade={v.changed} />}
        </div>
      </div>
      {v.selected && (
        <DisputeDrawer
          key={v.selected}
          code={v.selected}
          mayHandle={disputeHandlers.includes(me.role)}
          mayUnmask={unmaskers.includes(me.role)}
          me={me}
          onClose={() => v.setSelected(null)}
          onChanged={v.changed}
        />
      )}
      {v.registering && (
        <RegisterDisputeForm
          scope={me.scope}
          onCancel={() => v.setRegistering(false)}
          onRegistered={(d) => {
            v.setRegistering(false);
            v.setSelected(d.code);
            v.changed();
          }}
        />
      )}
    </section>
  );
}

import type { GridHandover, NamedGrid, PublishPreview } from '../../../core/contracts/planner';
import { useI18n } from '../../i18n/I18nProvider';
import { personRoleLabels } from '../../shared/workforce-labels';
import { dockingView, outlineText, type PreviewGridNames } from './publish-texts';

/**
 * What publishing changes, as the server computed it (POST /api/planner/preview): buildings, households and residents
 * that change grid, grids added and removed, the published grids whose outline is redrawn, the grids that change beat
 * (警格), the handover rule, and for each replaced grid where its people, accounts and work go — by name. Grids without a successor are listed first: publishing is refused until they are placed.
 * A grid of the new plan is named as `gridNames` names it in the rest of the dialog; a replaced grid by its own name.
 */
export function PublishPreviewPanel({ preview, gridNames }: { preview: PublishPreview; gridNames: PreviewGridNames }) {
  const { t, formatNumber } = useI18n();
  const p = preview;
  const list = (grids: NamedGrid[], name: (g: NamedGrid) => string) => grids.map(name).join(t('listSeparator'));
  const planGrid = gridNames.ofPlanGrid;
  const outlines = outlineText(t, p, planGrid);
  const docking = dockingView(t, p, planGrid);
  return (
    <div className="planner-preview" data-testid="planner-publish-preview" data-handovers={p.handovers.length} data-undecided={p.undecided.length}>
      {p.undecided.length > 0 && (
        <div role="alert" className="error" data-testid="planner-publish-undecided">
          <p>{t('plannerPreviewUndecided')}</p>
          <HandoverTable rows={p.undecided} planGrid={planGrid} />
        </div>
      )}
      <p data-testid="planner-publish-changed">
        {t('plannerPreviewChanged', {
          buildings: formatNumber(p.changed.buildings), households: formatNumber(p.changed.households), residents: formatNumber(p.changed.residents),
          totalBuildings: formatNumber(p.total.buildings), totalHouseholds: formatNumber(p.total.households),
        })}
      </p>
      <p>{t('plannerPreviewGrids', { added: p.added.length, removed: p.removed.length, kept: p.kept.length })}</p>
      {p.added.length > 0 && <p className="muted">{t('plannerPreviewAdded', { names: list(p.added, planGrid) })}</p>}
      {p.removed.length > 0 && <p className="muted">{t('plannerPreviewRemoved', { names: list(p.removed, (g) => g.name) })}</p>}
      {outlines && (
        <p className={p.redrawn.length > 0 ? 'notice' : 'muted'} data-testid="planner-publish-outlines" data-redrawn={p.redrawn.length}>
          {outlines}
        </p>
      )}
      {docking && (
        <div className="notice" data-testid="planner-publish-docking" data-docking={p.docking.length}>
          <p>{docking.heading}</p>
          <ul className="planner-list">
            {docking.rows.map((row) => <li key={row}>{row}</li>)}
            {docking.more && <li className="muted">{docking.more}</li>}
            {docking.newGrids.map((row) => <li key={row}>{row}</li>)}
          </ul>
        </div>
      )}
      <p className="planner-preview-rule">{t('plannerPreviewRule')}</p>
      {p.handovers.length > p.undecided.length ? (
        <>
          <strong>{t('plannerPreviewHandovers')}</strong>
          <HandoverTable rows={p.handovers.filter((h) => h.to !== null)} planGrid={planGrid} />
        </>
      ) : (
        p.undecided.length === 0 && <p>{t('plannerPreviewNoHandovers')}</p>
      )}
      {p.staffWithBuildings > 0 && <p className="muted">{t('plannerPreviewStaff', { count: p.staffWithBuildings })}</p>}
      {p.leaderless.length > 0 && <p className="notice">{t('plannerPreviewLeaderless', { names: list(p.leaderless, planGrid) })}</p>}
      {p.sharedLeadership.map((s) => (
        <p key={s.grid.code} className="notice">
          {t('plannerPreviewShared', { grid: planGrid(s.grid), count: s.leaders.length, names: s.leaders.join('、'), first: s.leaders[0] })}
        </p>
      ))}
    </div>
  );
}

function HandoverTable({ rows, planGrid }: { rows: GridHandover[]; planGrid: PreviewGridNames['ofPlanGrid'] }) {
  const { t } = useI18n();
  return (
    <table className="planner-preview-table" data-testid="planner-publish-handovers">
      <thead>
        <tr>
          <th>{t('plannerPreviewFrom')}</th>
          <th>{t('plannerPreviewTo')}</th>
          <th>{t('plannerPreviewPeople')}</th>
          <th>{t('plannerPreviewAccounts')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((h) => (
          <tr key={h.from.code} data-grid={h.from.code}>
            <td title={h.from.code}>
              {h.from.name}
              <span className="muted"> · {t(h.retired ? 'plannerPreviewRetired' : 'plannerPreviewRenumbered')}</span>
            </td>
            <td title={h.to?.code}>
              {h.to ? planGrid(h.to) : <strong>{t('plannerPreviewNoSuccessor')}</strong>}
              {h.to && <span className="muted"> · {t('plannerPreviewShare', { shared: h.sharedHouseholds, households: h.households })}</span>}
            </td>
            <td>
              {h.people.length ? h.people.map((x) => `${t(personRoleLabels[x.role])}${x.name}`).join('、') : t('plannerPreviewNone')}
              <div className="muted">
                {t('plannerPreviewWork', { meetings: h.meetings, work: h.workRecords, tasks: h.tasks, grades: h.assessmentsKept })}
              </div>
            </td>
            <td>{h.accounts.length ? h.accounts.map((a) => a.displayName || a.username).join('、') : t('plannerPreviewNone')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useMemo, useState } from 'react';
import type { BuildingFreshness, GridFreshness, NewVisit } from '../../../core/contracts/registry';
import type { Me } from '../../../core/contracts/auth';
import { useI18n } from '../../i18n/I18nProvider';
import { describeJurisdiction } from '../../shared/describe-user';
import { BuildingDetail } from './BuildingDetail';
import { buildingColumns, gridColumns } from './freshness-columns';
import { formatShare } from '../../shared/format-share';
import { freshnessLevel, needsAttention, STALE_BELOW } from './freshness-figures';
import { FreshnessChangeNote } from './FreshnessChangeNote';
import { gridsCrumbLabels } from './registry-labels';
import { RegistryTable } from './RegistryTable';
import { useFreshnessFigures, type RecordedVisit } from './use-freshness-figures';

const rowClass = (r: GridFreshness | BuildingFreshness) => `freshness-${freshnessLevel(r.residentsVerifiedShare)}${needsAttention(r) ? ' attention' : ''}`;

/** Freshness per grid → per building of a grid → one building with the visit form; stale rows are highlighted. */
export function FreshnessPanel({ mayWrite, user }: { mayWrite: boolean; user: Pick<Me, 'scope' | 'jurisdiction'> }) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const [gridCode, setGridCode] = useState<string | null>(null);
  const [buildingCode, setBuildingCode] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<RecordedVisit | null>(null);
  const figures = useFreshnessFigures(gridCode);
  const gridCols = useMemo(() => gridColumns(t, formatNumber), [t, formatNumber]);
  const buildingCols = useMemo(() => buildingColumns(t, formatNumber, formatDateTime), [t, formatNumber, formatDateTime]);
  const grid = figures.grids.data?.rows.find((r) => r.gridCode === gridCode);
  const building = figures.buildings.data?.rows.find((r) => r.buildingCode === buildingCode);

  const openGrid = (code: string | null) => {
    setGridCode(code);
    setBuildingCode(null);
    setRecorded(null);
  };
  async function recordVisit(visit: NewVisit, grid: string) {
    setRecorded(await figures.recordVisit(visit, grid));
  }

  const error = figures.grids.error ?? figures.buildings.error;
  return (
    <div className="registry-freshness" data-testid="registry-freshness">
      <nav className="registry-crumbs" aria-label={t('regCrumbs')}>
        <button
          type="button"
          className="link-button"
          onClick={() => openGrid(null)}
          disabled={!gridCode}
          title={describeJurisdiction(user, t)}
          data-testid="registry-crumb-grids"
        >
          {t(gridsCrumbLabels[user.jurisdiction.level])}
        </button>
        {gridCode && (
          <>
            {' › '}
            <button type="button" className="link-button" onClick={() => setBuildingCode(null)} disabled={!buildingCode} data-testid="registry-crumb-grid">
              {grid?.name ?? gridCode}
            </button>
          </>
        )}
        {buildingCode && <> › {building ? building.label : buildingCode}</>}
      </nav>
      <p className="view-note">{t('regFreshnessNote', { days: figures.grids.data?.freshDays ?? 90, stale: Math.round(STALE_BELOW * 100) })}</p>
      {error && (
        <p className="error" role="alert">
          {t('loadFailed', { message: error.message })}
        </p>
      )}
      {recorded && <FreshnessChangeNote recorded={recorded} onClose={() => setRecorded(null)} />}
      {!gridCode &&
        (figures.grids.data ? (
          <RegistryTable
            testId="registry-grids"
            rows={figures.grids.data.rows}
            columns={gridCols}
            rowId={(r) => r.gridCode}
            searchFields={(r) => [r.gridCode, r.name]}
            initialSorting={[{ id: 'residentsVerifiedShare', desc: false }]}
            rowClass={rowClass}
            rowData={(r) => ({ code: r.gridCode, freshness: r.residentsVerifiedShare ?? undefined, level: freshnessLevel(r.residentsVerifiedShare) })}
            onRowClick={(r) => openGrid(r.gridCode)}
            busy={figures.grids.status === 'loading'}
          />
        ) : (
          !error && <p className="view-note">{t('loading')}</p>
        ))}
      {gridCode && !buildingCode && (
        <>
          {grid && <GridSummary grid={grid} />}
          {figures.buildings.data ? (
            <RegistryTable
              testId="registry-buildings"
              rows={figures.buildings.data.rows}
              columns={buildingCols}
              rowId={(r) => r.buildingCode}
              searchFields={(r) => [r.buildingCode, r.name, r.compoundName]}
              initialSorting={[{ id: 'residentsVerifiedShare', desc: false }]}
              rowClass={rowClass}
              rowData={(r) => ({ code: r.buildingCode, freshness: r.residentsVerifiedShare ?? undefined, overdue: r.overdueChecks, level: freshnessLevel(r.residentsVerifiedShare) })}
              onRowClick={(r) => setBuildingCode(r.buildingCode)}
              busy={figures.buildings.status === 'loading'}
            />
          ) : (
            !error && <p className="view-note">{t('loading')}</p>
          )}
        </>
      )}
      {buildingCode && <BuildingDetail code={buildingCode} version={figures.visits} mayWrite={mayWrite} onRecordVisit={recordVisit} />}
    </div>
  );
}

/** The open grid's headline figures above its buildings. */
function GridSummary({ grid }: { grid: GridFreshness }) {
  const { t, formatNumber } = useI18n();
  return (
    <p className={`registry-grid-summary freshness-${freshnessLevel(grid.residentsVerifiedShare)}`} data-testid="registry-grid-summary" data-freshness={grid.residentsVerifiedShare ?? ''}>
      <strong>{grid.name}</strong> <span className="mono muted">{grid.gridCode}</span>{' '}
      {t('regGridSummary', {
        freshness: formatShare(grid.residentsVerifiedShare),
        overdue: formatNumber(grid.overdueChecks),
        buildings: formatNumber(grid.buildings),
        open: formatNumber(grid.openTasks),
        late: formatNumber(grid.overdueTasks),
      })}
    </p>
  );
}

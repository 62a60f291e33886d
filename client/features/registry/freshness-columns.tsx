import type { BuildingFreshness, GridFreshness } from '../../../core/contracts/registry';
import type { Translate } from '../../i18n/messages';
import { MeasureName } from '../../shared/MeasureName';
import { NameWithCode } from '../../shared/NameWithCode';
import { formatShare } from '../../shared/format-share';
import { freshnessLevel } from './freshness-figures';
import { numericColumn, registryColumnHelper, textColumn } from './registry-table-features';

type Shared = GridFreshness | BuildingFreshness;
const grid = registryColumnHelper<GridFreshness>();
const building = registryColumnHelper<BuildingFreshness>();

/** A share's cell: the percentage, coloured by freshness for the freshness column. */
function ShareCell({ share, graded }: { share: number | null; graded?: boolean }) {
  return <span className={graded ? `share share-${freshnessLevel(share)}` : 'share'}>{formatShare(share)}</span>;
}

/** The figures a grid and a building share, after the first column that names them. */
function figureColumns<T extends Shared>(helper: ReturnType<typeof registryColumnHelper<T>>, t: Translate, n: (v: number) => string) {
  const share = (v: number | null) => v ?? undefined; // undefined sorts last (sortUndefined)
  return [
    helper.accessor((r) => share(r.coverage), { id: 'coverage', header: () => t('regColCoverage'), ...numericColumn, cell: (c) => <ShareCell share={c.row.original.coverage} /> }),
    helper.accessor((r) => r.residents, { id: 'residents', header: () => <MeasureName measure="residents" />, ...numericColumn, cell: (c) => n(c.getValue()) }),
    helper.accessor((r) => share(r.floatingShare), { id: 'floatingShare', header: () => t('regColFloating'), ...numericColumn, cell: (c) => <ShareCell share={c.row.original.floatingShare} /> }),
    helper.accessor((r) => r.houses, { id: 'houses', header: () => t('regColHouses'), ...numericColumn, cell: (c) => n(c.getValue()) }),
    helper.accessor((r) => share(r.rentalShare), { id: 'rentalShare', header: () => t('regColRental'), ...numericColumn, cell: (c) => <ShareCell share={c.row.original.rentalShare} /> }),
    helper.accessor((r) => r.organisations, { id: 'organisations', header: () => t('regColOrganisations'), ...numericColumn, cell: (c) => n(c.getValue()) }),
    helper.accessor((r) => share(r.buildingsVerifiedShare), {
      id: 'buildingsVerifiedShare',
      header: () => <MeasureName measure="buildingsVerifiedShare" />,
      ...numericColumn,
      cell: (c) => <ShareCell share={c.row.original.buildingsVerifiedShare} />,
    }),
    helper.accessor((r) => share(r.residentsVerifiedShare), {
      id: 'residentsVerifiedShare',
      header: () => <MeasureName measure="residentsVerifiedShare" />,
      ...numericColumn,
      cell: (c) => <ShareCell share={c.row.original.residentsVerifiedShare} graded />,
    }),
    helper.accessor((r) => r.overdueChecks, {
      id: 'overdueChecks',
      header: () => <MeasureName measure="overdueChecks" />,
      ...numericColumn,
      cell: (c) => <span className={c.getValue() > 0 ? 'overdue-count' : undefined}>{n(c.getValue())}</span>,
    }),
  ];
}

/** The grid table's columns: grid, buildings, then the shared figures and the grid's open and overdue tasks. */
export function gridColumns(t: Translate, n: (v: number) => string) {
  return grid.columns([
    grid.accessor('name', {
      header: () => t('regColGrid'),
      ...textColumn,
      cell: (c) => <NameWithCode name={c.getValue()} code={c.row.original.gridCode} />,
    }),
    grid.accessor('buildings', { header: () => t('regColBuildings'), ...numericColumn, cell: (c) => n(c.getValue()) }),
    ...figureColumns(grid, t, n),
    grid.accessor((r) => r.openTasks, {
      id: 'tasks',
      header: () => t('regColTasks'),
      ...numericColumn,
      cell: (c) => (
        <>
          {n(c.row.original.openTasks)} / <span className={c.row.original.overdueTasks > 0 ? 'overdue-count' : undefined}>{n(c.row.original.overdueTasks)}</span>
        </>
      ),
    }),
  ]);
}

/** The building table's columns: building, the shared figures, the last visit and the open tasks. */
export function buildingColumns(t: Translate, n: (v: number) => string, formatDateTime: (at: string) => string) {
  return building.columns([
    building.accessor('name', {
      header: () => t('regColBuilding'),
      ...textColumn,
      cell: (c) => (
        <>
          {c.row.original.label} <span className="mono muted">{c.row.original.buildingCode}</span>
        </>
      ),
    }),
    ...figureColumns(building, t, n),
    building.accessor((r) => r.lastVisitAt ?? undefined, {
      id: 'lastVisitAt',
      header: () => t('regColLastVisit'),
      sortFn: 'alphanumeric',
      sortUndefined: 'last',
      cell: (c) => (c.row.original.lastVisitAt ? formatDateTime(c.row.original.lastVisitAt) : '—'),
    }),
    building.accessor('openTasks', { header: () => t('regColOpenTasks'), ...numericColumn, cell: (c) => n(c.getValue()) }),
  ]);
}

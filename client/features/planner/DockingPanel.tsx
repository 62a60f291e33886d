import type { DockingReport } from '../../../core/contracts/planner';
import { useI18n } from '../../i18n/I18nProvider';
import { staleDockingGrids } from './docking';
import type { PlannerNames } from './planner-names';

export interface DockingPanelProps {
  report: DockingReport;
  names: PlannerNames;
  accepted: Readonly<Record<string, string>>;
  onAccept: () => void;
  disabled: boolean;
}

/** Beat docking (警格网格对接): grids split between beats, grids in none, each beat's load, and accepting the proposal. */
export function DockingPanel({ report, names, accepted, onAccept, disabled }: DockingPanelProps) {
  const { t, formatNumber } = useI18n();
  const stale = staleDockingGrids(accepted, report);
  const acceptedAny = Object.keys(accepted).length > 0;
  return (
    <section className="planner-section" aria-labelledby="planner-docking-title" data-testid="planner-docking">
      <h3 id="planner-docking-title">{t('plannerDockingTitle')}</h3>
      <p className="view-note">{t('plannerDockingNote')}</p>
      <p data-testid="planner-split-grids" data-count={report.splitGrids.length}>
        {report.splitGrids.length ? t('plannerSplitGrids', { count: report.splitGrids.length }) : t('plannerSplitGridsNone')}
      </p>
      {report.splitGrids.length > 0 && (
        <ul className="planner-list">
          {report.splitGrids.slice(0, 50).map((s) => (
            <li key={s.grid} title={s.grid}>
              {names.grid(s.grid)}：{s.beats.map((b) => t('plannerBeatShare', { beat: names.beat(b.beat), households: b.households })).join(t('listSeparator'))}
            </li>
          ))}
        </ul>
      )}
      {report.orphanGrids.length > 0 && <p className="error">{t('plannerOrphanGrids', { grids: report.orphanGrids.map(names.grid).join(t('listSeparator')) })}</p>}
      <div className="planner-docking-table">
        <table className="data-table compact">
          <thead>
            <tr>
              <th>{t('plannerColBeat')}</th>
              <th>{t('plannerColGrids')}</th>
              <th>{t('plannerColHouseholds')}</th>
              <th>{t('plannerColIncidentsPerOfficer')}</th>
            </tr>
          </thead>
          <tbody>
            {report.beats.map((b) => (
              <tr key={b.code} data-beat={b.code}>
                <td className="nowrap" title={b.code}>
                  {names.beat(b.code)}
                </td>
                <td>{formatNumber(b.grids.length)}</td>
                <td>{formatNumber(b.households)}</td>
                {/* A tenth of an incident matters below ten a year, not at 689. */}
                <td>{b.incidentsPerOfficer >= 10 ? formatNumber(Math.round(b.incidentsPerOfficer)) : b.incidentsPerOfficer.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="planner-buttons">
        <button type="button" onClick={onAccept} disabled={disabled || (acceptedAny && stale.length === 0)} data-testid="planner-accept-docking">
          {t('plannerAcceptDocking')}
        </button>
      </div>
      <p className="planner-status" data-testid="planner-docking-status">
        {!acceptedAny ? t('plannerDockingNotAccepted') : stale.length ? t('plannerDockingStale', { count: stale.length }) : t('plannerDockingAccepted')}
      </p>
    </section>
  );
}

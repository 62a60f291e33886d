import { useMemo } from 'react';
import type { PlannerAreas } from '../../../core/contracts/planner';
import { useI18n } from '../../i18n/I18nProvider';
import { summariseAreas } from './area-overview';
import { defaultBand } from './household-band';
import type { AreaChoice } from './use-planner-data';

/**
 * The planner's opening page: every street and community with its published grids and how many break the household
 * band, so the planner sees where redrawing is due before opening an area.
 */
export function AreaOverview({ areas, onOpen, disabled }: { areas: PlannerAreas; onOpen: (a: AreaChoice) => void; disabled: boolean }) {
  const { t, formatNumber } = useI18n();
  const rows = useMemo(() => summariseAreas(areas, defaultBand), [areas]);
  const [min, max] = defaultBand;
  return (
    <div className="planner-overview" data-testid="planner-overview">
      <p className="view-note">{t('plannerPickAreaNote')}</p>
      {areas.jurisdiction && (
        <p className="view-note" data-testid="planner-overview-scoped">
          {t('plannerOverviewScoped', { jurisdiction: areas.jurisdiction.join(t('listSeparator')) })}
        </p>
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('plannerArea')}</th>
            <th className="num">{t('plannerOverviewGrids')}</th>
            <th className="num">{t('plannerColHouseholds')}</th>
            <th className="num">{t('plannerOverviewRange')}</th>
            <th className="num">{t('plannerOverviewOutside', { min, max })}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={`${r.choice.kind}:${r.choice.code}`}
              className={r.choice.kind === 'street' ? 'overview-street' : undefined}
              data-testid="planner-overview-row"
              data-area={`${r.choice.kind}:${r.choice.code}`}
              data-outside={r.outsideBand}
              data-smallest={r.smallest}
              data-largest={r.largest}
            >
              <td>{r.choice.kind === 'street' ? t('plannerOverviewStreet', { name: r.name }) : r.name}</td>
              <td className="num">{formatNumber(r.grids)}</td>
              <td className="num">{formatNumber(r.households)}</td>
              <td className="num">{t('plannerOverviewRangeValue', { smallest: formatNumber(r.smallest), largest: formatNumber(r.largest) })}</td>
              <td className={`num ${r.outsideBand ? 'bad' : 'good'}`}>{formatNumber(r.outsideBand)}</td>
              <td>
                {r.openable ? (
                  <button type="button" className="link-button" onClick={() => onOpen(r.choice)} disabled={disabled} aria-label={t('plannerOverviewOpenLabel', { name: r.name })}>
                    {t('plannerOverviewOpen')}
                  </button>
                ) : (
                  <span className="muted" title={t('plannerOverviewPartialTitle')}>{t('plannerOverviewPartial')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

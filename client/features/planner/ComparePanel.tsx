import { useI18n } from '../../i18n/I18nProvider';
import { householdSpread } from './household-spread';
import type { PlanDiff } from './plan-diff';
import type { PlanUnits } from './plan-units';
import type { PlannerNames } from './planner-names';

const listed = 200;

export interface ComparePanelProps {
  pu: PlanUnits;
  diff: PlanDiff;
  /** The draft: building code → grid key. */
  assignment: ReadonlyMap<string, string>;
  names: PlannerNames;
  gridCount: number;
  publishedGridCount: number;
  showDiff: boolean;
  onShowDiff: (on: boolean) => void;
  onPick: (code: string) => void;
}

/** The draft against the published plan: buildings that change grid, listed and (toggle) highlighted on the map. */
export function ComparePanel({ pu, diff, assignment, names, gridCount, publishedGridCount, showDiff, onShowDiff, onPick }: ComparePanelProps) {
  const { t } = useI18n();
  const draftSpread = householdSpread(pu, assignment);
  const publishedSpread = householdSpread(pu, pu.published);
  const wider = draftSpread && publishedSpread && draftSpread[1] - draftSpread[0] > publishedSpread[1] - publishedSpread[0];
  const households = diff.changed.reduce((s, c) => s + (pu.props.get(c.code)?.households ?? 0), 0);
  return (
    <section className="planner-section" aria-labelledby="planner-compare-title">
      <h3 id="planner-compare-title">{t('plannerCompareTitle')}</h3>
      <p className="view-note">{t('plannerCompareNote')}</p>
      <p data-testid="planner-changed-count" data-count={diff.changed.length}>
        {t('plannerChanged', { buildings: diff.changed.length, households, total: pu.units.length })}
      </p>
      <p>{t('plannerGridCounts', { draft: gridCount, published: publishedGridCount })}</p>
      {draftSpread && publishedSpread && (
        // Every grid in the band is not the whole story: a redraw for compact shapes may spread the grids' sizes.
        <p data-testid="planner-spread" data-wider={wider ? 'true' : 'false'}>
          {t('plannerSpread', { draftMin: draftSpread[0], draftMax: draftSpread[1], publishedMin: publishedSpread[0], publishedMax: publishedSpread[1] })}
          {wider && <span className="planner-warning">{t('plannerSpreadWider')}</span>}
        </p>
      )}
      <label className="layer-toggle">
        <input type="checkbox" checked={showDiff} onChange={(e) => onShowDiff(e.target.checked)} data-testid="planner-diff-toggle" />
        {t('plannerShowDiff')}
      </label>
      {diff.changed.length > 0 && (
        <ul className="planner-list" data-testid="planner-changed-list">
          {/* By name (楼栋 by compound and number, grids by name or 新网格 N001); the codes are in the titles. */}
          {diff.changed.slice(0, listed).map((c) => (
            <li key={c.code} data-building={c.code}>
              <button type="button" className="link-button" onClick={() => onPick(c.code)} title={c.code}>
                {names.building(c.code)}
              </button>{' '}
              <span className="planner-change-grids" title={`${c.from} → ${c.to}`}>
                {names.grid(c.from)} → {names.grid(c.to)}
              </span>
            </li>
          ))}
          {diff.changed.length > listed && <li>{t('plannerMore', { count: diff.changed.length - listed })}</li>}
        </ul>
      )}
    </section>
  );
}

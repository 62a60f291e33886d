import type { WallDosage } from '../../core/contracts/dosage';
import { describeMeasure } from '../../core/measures/glossary';
import { Panel } from './Panel';
import type { WallLanguage, WallText } from './wall-messages';

const fmt = (n: number) => n.toLocaleString('zh-CN');
/** How many places each list shows: read from across the room, and the feed below keeps its rows. */
/** The lines a list of the panel may take, its 「另有 N 处」 included: two lists of more would run past the panel's foot. */
const maxRows = 2;

/** How many rows of a list of `total` are shown: all that fit, or one fewer to leave a line for 「另有 N 处」. */
const shownRows = (total: number) => (total <= maxRows ? total : maxRows - 1);

/**
 * The wall's patrol presence (issue 16): the units on patrol now, split police / grid staff, how many of them are at
 * hot spots and key places (a wall that counted only those read 0 with officers out on patrol), the places by name, and the hot spots and key places at their peak now with nobody there, by name with the peak.
 */
export function DosagePanel({ dosage, t, language }: {
  dosage: WallDosage | undefined;
  t: WallText;
  language: WallLanguage;
}) {
  if (!dosage) return <Panel title={t('dosage')} testId="wall-panel-dosage" className="wall-panel-dosage"><div className="wall-muted">{t('loading')}</div></Panel>;
  const { police, grid } = dosage.patrolling;
  // The server's distinct count: a sum over `present` counts a unit twice where a hot spot and a key place overlap.
  const atPlaces = dosage.atPlaces.police + dosage.atPlaces.grid;
  return (
    <Panel title={t('dosage')} testId="wall-panel-dosage" className="wall-panel-dosage" info={describeMeasure('presencePerDay', language)}>
      {/* One line of counts, not three big figures: the two lists below are what the room acts on, and all must show. */}
      <div className="wall-dosage-counts" data-testid="wall-dosage-counts">
        <span className={police + grid > 0 ? 'ok' : 'warn'}>
          <b>{fmt(police + grid)}</b>
          {t('onPatrolNow')}
        </span>
        <span>
          <b>{fmt(police)}</b>
          {t('policeUnits')}
        </span>
        <span>
          <b>{fmt(grid)}</b>
          {t('gridUnits')}
        </span>
      </div>
      <h3 className="wall-dosage-heading">
        {t('presentAt')} <b data-testid="wall-dosage-at-places">{fmt(atPlaces)}</b>
      </h3>
      {dosage.present.length === 0 ? (
        <div className="wall-muted" data-testid="wall-dosage-nobody">{t('nobodyPresent')}</div>
      ) : (
        <ul className="wall-dosage-list" data-testid="wall-dosage-present">
          {dosage.present.slice(0, shownRows(dosage.present.length)).map((p) => (
            <li key={p.id}>
              {p.name} <span className="wall-dosage-note">{t('policeUnits')} {p.police} · {t('gridUnits')} {p.grid}</span>
            </li>
          ))}
          <MoreRows total={dosage.present.length} t={t} />
        </ul>
      )}
      <h3 className="wall-dosage-heading">{t('uncoveredAtPeak')}</h3>
      {dosage.uncovered.length === 0 ? (
        <div className="wall-muted" data-testid="wall-dosage-none-uncovered">{t(dosage.atPeak > 0 ? 'noneUncovered' : 'noneAtPeak')}</div>
      ) : (
        <ul className="wall-dosage-list wall-dosage-alert" data-testid="wall-dosage-uncovered">
          {dosage.uncovered.slice(0, shownRows(dosage.uncovered.length)).map((u) => (
            <li key={u.id}>
              {u.name} <span className="wall-dosage-note">{t('peakWord')} {u.peak.from}–{u.peak.to}</span>
            </li>
          ))}
          <MoreRows total={dosage.uncovered.length} t={t} />
        </ul>
      )}
    </Panel>
  );
}

/** 「另有 3 处」 in the last line of a list cut by shownRows: a cut list must not read as all there is. */
function MoreRows({ total, t }: { total: number; t: WallText }) {
  if (total <= maxRows) return null;
  return <li className="wall-dosage-more" data-testid="wall-dosage-more">{t('moreRows').replace('{n}', fmt(total - shownRows(total)))}</li>;
}

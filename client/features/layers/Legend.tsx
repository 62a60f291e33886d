import { keyPlaceKinds } from '../../api/feature-types';
import { useI18n } from '../../i18n/I18nProvider';
import { beatLineColour, heatLegendGradient, householdLegend, keyPlaceColour, stationColour, toCssColour } from '../../map/layers/colour-scales';
import { disputeRimColour, riskLevelColours } from '../../map/layers/dispute-colours';
import { ColouringLegend } from './ColouringLegend';
import { useGridColouring } from './grid-colouring-store';
import { keyPlaceLabels } from './key-place-labels';
import type { LayerVisibility } from '../../map/layers';

/** What the map shows, and only that: a layer switched off leaves the legend with it. */
export function Legend({ visible }: { visible: LayerVisibility }) {
  const { t } = useI18n();
  const colouring = useGridColouring();
  const households = visible.grids && colouring === 'households';
  const symbols = visible.beats || visible.disputes || visible.stations || visible['key-places'];
  const nothing = !visible.grids && !visible.heatmap && !symbols;
  return (
    <section className="panel-section legend" data-testid="legend" aria-label={t('legendTitle')}>
      <h2>{t('legendTitle')}</h2>
      {nothing && <p className="legend-nothing" data-testid="legend-nothing">{t('legendNothing')}</p>}
      {visible.grids && colouring !== 'households' && <ColouringLegend colouring={colouring} />}
      <h3 hidden={!households}>{t('legendHouseholds')}</h3>
      <ul className="legend-classes" data-testid="legend-households" hidden={!households}>
        {householdLegend().map((entry) => (
          <li key={entry.from ?? 'low'}>
            <span className="swatch" style={{ background: toCssColour(entry.colour) }} />
            {entry.from === null
              ? t('legendBelow', { value: entry.to! })
              : entry.to === null
                ? t('legendAbove', { value: entry.from })
                : t('legendRange', { from: entry.from, to: entry.to })}
          </li>
        ))}
      </ul>
      <h3 hidden={!visible.heatmap}>{t('legendHeatmap')}</h3>
      <div className="legend-ramp" data-testid="legend-heatmap" hidden={!visible.heatmap}>
        <span className="ramp" style={{ background: heatLegendGradient() }} />
        <span className="ramp-ends">
          <span>{t('legendLow')}</span>
          <span>{t('legendHigh')}</span>
        </span>
        <span className="legend-new-incident" data-testid="legend-new-incident">
          <span className="ring-swatch" />
          {t('legendNewIncident')}
        </span>
      </div>
      <ul className="legend-symbols" data-testid="legend-symbols" hidden={!symbols}>
        {visible.beats && (
          <li data-layer="beats">
            <span className="line-swatch" style={{ borderColor: toCssColour(beatLineColour) }} />
            {t('legendBeat')}
          </li>
        )}
        {visible.disputes && (
          <>
            <li data-layer="disputes">
              <span className="dot" style={{ background: toCssColour(riskLevelColours.high), borderColor: toCssColour(disputeRimColour), borderWidth: 1.5 }} />
              {t('legendDisputeHigh')}
            </li>
            <li data-layer="disputes">
              <span className="dot small" style={{ background: toCssColour(riskLevelColours.medium), borderColor: toCssColour(disputeRimColour), borderWidth: 1.5 }} />
              {t('legendDisputeMedium')}
            </li>
          </>
        )}
        {visible.stations && (
          <li data-layer="stations">
            <span className="dot" style={{ background: toCssColour(stationColour) }} />
            {t('legendStation')}
          </li>
        )}
        {visible['key-places'] &&
          keyPlaceKinds.map((kind) => (
            <li key={kind} data-layer="key-places">
              <span className="dot small" style={{ background: toCssColour(keyPlaceColour(kind)) }} />
              {t(keyPlaceLabels[kind])}
            </li>
          ))}
      </ul>
    </section>
  );
}

import { keyPlaceKinds } from '../../api/feature-types';
import { useI18n } from '../../i18n/I18nProvider';
import { beatLineColour, heatLegendGradient, householdLegend, keyPlaceColour, stationColour, toCssColour } from '../../map/layers/colour-scales';
import { disputeRimColour, riskLevelColours } from '../../map/layers/dispute-colours';
import { ColouringLegend } from './ColouringLegend';
import { useGridColouring } from './grid-colouring-store';
import { keyPlaceLabels } from './key-place-labels';

export function Legend() {
  const { t } = useI18n();
  const colouring = useGridColouring();
  return (
    <section className="panel-section legend" data-testid="legend" aria-label={t('legendTitle')}>
      <h2>{t('legendTitle')}</h2>
      {colouring !== 'households' && <ColouringLegend colouring={colouring} />}
      <h3 hidden={colouring !== 'households'}>{t('legendHouseholds')}</h3>
      <ul className="legend-classes" data-testid="legend-households" hidden={colouring !== 'households'}>
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
      <h3>{t('legendHeatmap')}</h3>
      <div className="legend-ramp" data-testid="legend-heatmap">
        <span className="ramp" style={{ background: heatLegendGradient() }} />
        <span className="ramp-ends">
          <span>{t('legendLow')}</span>
          <span>{t('legendHigh')}</span>
        </span>
      </div>
      <ul className="legend-symbols">
        <li>
          <span className="line-swatch" style={{ borderColor: toCssColour(beatLineColour) }} />
          {t('legendBeat')}
        </li>
        <li>
          <span className="dot" style={{ background: toCssColour(riskLevelColours.high), borderColor: toCssColour(disputeRimColour), borderWidth: 1.5 }} />
          {t('legendDisputeHigh')}
        </li>
        <li>
          <span className="dot small" style={{ background: toCssColour(riskLevelColours.medium), borderColor: toCssColour(disputeRimColour), borderWidth: 1.5 }} />
          {t('legendDisputeMedium')}
        </li>
        <li>
          <span className="dot" style={{ background: toCssColour(stationColour) }} />
          {t('legendStation')}
        </li>
        {keyPlaceKinds.map((kind) => (
          <li key={kind}>
            <span className="dot small" style={{ background: toCssColour(keyPlaceColour(kind)) }} />
            {t(keyPlaceLabels[kind])}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { DOSAGE_MAX_DAYS } from '../../core/contracts/dosage';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh-CN';
import { dosageCellFillAlpha, dosageClasses, dosageColour, type DosageClass } from '../map/layers/dosage-colours';
import { toCssColour } from '../map/layers/colour-scales';

const classWords: Record<DosageClass, MessageKey> = {
  unvisited: 'dosageClassUnvisited',
  once: 'dosageClassOnce',
  gaps: 'dosageClassGaps',
  met: 'dosageClassMet',
};

/**
 * The dosage layer's legend: the stretch of time its figures cover (the map's last 24 hours, or the analysis period
 * up to DOSAGE_MAX_DAYS), then one swatch a class, worst first.
 */
export function DosageLegend({ period }: { period: 'last-24h' | 'analysis' }) {
  const { t } = useI18n();
  return (
    <section className="panel-section legend" data-testid="legend-dosage" aria-label={t('legendDosage')}>
      <h3>{t('legendDosage')}</h3>
      <p className="legend-note" data-testid="legend-dosage-period">
        {period === 'last-24h' ? t('legendDosagePeriod24h') : t('legendDosagePeriodAnalysis', { days: DOSAGE_MAX_DAYS })}
      </p>
      <ul className="legend-classes">
        {dosageClasses.map((c) => (
          <li key={c}>
            <span className="swatch" style={{ background: toCssColour(dosageColour(c, dosageCellFillAlpha[c])), borderColor: toCssColour(dosageColour(c)) }} />
            {t(classWords[c])}
          </li>
        ))}
      </ul>
    </section>
  );
}

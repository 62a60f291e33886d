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

/** The dosage layer's legend: one swatch a class, worst first. */
export function DosageLegend() {
  const { t } = useI18n();
  return (
    <section className="panel-section legend" data-testid="legend-dosage" aria-label={t('legendDosage')}>
      <h3>{t('legendDosage')}</h3>
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

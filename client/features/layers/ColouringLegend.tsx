import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { toCssColour } from '../../map/layers/colour-scales';
import { gridColouringLegend, type ColouringWord, type GridColouring } from '../../map/layers/grid-colouring';

const titles: Record<Exclude<GridColouring, 'households'>, MessageKey> = { risk: 'legendRisk', grade: 'legendGrade', freshness: 'legendFreshness' };
const words: Record<ColouringWord, MessageKey> = {
  riskNone: 'legendRiskNone',
  riskLow: 'legendRiskLow',
  riskMedium: 'legendRiskMedium',
  riskHigh: 'legendRiskHigh',
  good: 'wfGradeGood',
  fair: 'wfGradeFair',
  average: 'wfGradeAverage',
  poor: 'wfGradePoor',
};

/** The legend of the grids' colouring when it is not households: dispute risk, grade or 一标三实 freshness. */
export function ColouringLegend({ colouring }: { colouring: Exclude<GridColouring, 'households'> }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{t(titles[colouring])}</h3>
      <ul className="legend-classes" data-testid={`legend-${colouring}`}>
        {gridColouringLegend(colouring).map((e, k) => (
          <li key={k}>
            <span className="swatch" style={{ background: toCssColour([e.colour[0], e.colour[1], e.colour[2], 170]) }} />
            {'word' in e.label ? t(words[e.label.word]) : e.label.text}
          </li>
        ))}
      </ul>
      <p className="legend-note">{t('legendGridClick')}</p>
    </>
  );
}

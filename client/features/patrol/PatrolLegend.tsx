import { useI18n } from '../../i18n/I18nProvider';
import { patrolCellColours, patrolColours } from '../../map/layers/patrol-colours';
import { beatLineColour, type Rgba } from '../../map/layers/colour-scales';

const css = ([r, g, b, a]: Rgba) => `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;

/** The patrol map's symbols, in the layers' own colours. */
export function PatrolLegend({ straight }: { straight: boolean }) {
  const { t } = useI18n();
  return (
    <aside className="patrol-legend" aria-label={t('legendTitle')}>
      <ul>
        <li>
          <span className="line" style={{ borderColor: css(straight ? patrolColours.straightRoute : patrolColours.route) }} />
          {t(straight ? 'patrolMethodStraight' : 'patrolLegendRoute')}
        </li>
        <li>
          <span className="dot number" style={{ background: css(patrolColours.hotspotStop) }}>1</span>
          {t('patrolLegendStop')}
        </li>
        <li>
          <span className="dot" style={{ background: css(patrolColours.mandatory) }} />
          {t('patrolMandatory')}
        </li>
        <li>
          <span className="swatch" style={{ background: css(patrolCellColours['hot-99']!) }} />
          {t('patrolKindHotspot')}
        </li>
        <li>
          <span className="dot small" style={{ background: css(patrolColours.keyPlace) }} />
          {t('patrolKindKeyPlace')}
        </li>
        <li>
          <span className="dot" style={{ background: css(patrolColours.start) }} />
          {t('patrolLegendStart')}
        </li>
        <li>
          <span className="line beat" style={{ borderColor: css(beatLineColour) }} />
          {t('legendBeat')}
        </li>
      </ul>
    </aside>
  );
}

import { toCssColour } from '../map/layers/colour-scales';
import { heatLegendGradient } from '../map/layers/colour-scales';
import { gridMeasureKeys, gridMeasureLegend, type GridMeasureKey } from './grid-measure-colours';
import type { HeatWindowDays } from './use-wall-data';
import { keyPlaceActiveColour, keyPlaceQuietColour } from './wall-layers';
import type { WallText } from './wall-messages';

export interface HeatControls {
  windowDays: HeatWindowDays;
  hour: number | null;
  playing: boolean;
}

/** The map's controls (hidden in kiosk mode): measure of the grid colours, heatmap window, hour and playback. */
export function MapControls({ measure, onMeasure, heat, onHeat, t }: {
  measure: GridMeasureKey;
  onMeasure: (m: GridMeasureKey) => void;
  heat: HeatControls;
  onHeat: (h: HeatControls) => void;
  t: WallText;
}) {
  return (
    <div className="wall-map-controls" data-testid="wall-map-controls">
      <div className="wall-control-group">
        <span>{t('measure')}</span>
        {gridMeasureKeys.map((k) => (
          <button key={k} type="button" className={k === measure ? 'on' : ''} data-testid={`wall-measure-${k}`} onClick={() => onMeasure(k)}>
            {t(k)}
          </button>
        ))}
      </div>
      <div className="wall-control-group">
        <span>{t('window')}</span>
        {([7, 28] as const).map((d) => (
          <button key={d} type="button" className={d === heat.windowDays ? 'on' : ''} onClick={() => onHeat({ ...heat, windowDays: d })}>
            {t(d === 7 ? 'days7' : 'days28')}
          </button>
        ))}
        <span>{t('hour')}</span>
        <input
          type="range"
          min={-1}
          max={23}
          value={heat.hour ?? -1}
          data-testid="wall-hour"
          onChange={(e) => onHeat({ ...heat, hour: Number(e.target.value) < 0 ? null : Number(e.target.value), playing: false })}
        />
        <span className="wall-hour-value" data-testid="wall-hour-value">{heat.hour === null ? t('allHours') : `${String(heat.hour).padStart(2, '0')}:00`}</span>
        <button type="button" data-testid="wall-play" onClick={() => onHeat({ ...heat, playing: !heat.playing })}>
          {heat.playing ? t('pause') : t('play')}
        </button>
      </div>
    </div>
  );
}

/** What the map's colours mean: grid classes of the chosen measure, heat, key places, stations. */
export function MapLegend({ measure, hour, t }: { measure: GridMeasureKey; hour: number | null; t: WallText }) {
  const words = { good: t('good'), fair: t('fair'), average: t('average'), poor: t('poor') };
  return (
    <div className="wall-legend" data-testid="wall-legend">
      <div className="wall-legend-title">{t(measure)}</div>
      {gridMeasureLegend(measure, words).map((e) => (
        <div key={e.label} className="wall-legend-row"><i style={{ background: toCssColour(e.colour) }} />{e.label}</div>
      ))}
      <div className="wall-legend-heat" style={{ background: heatLegendGradient() }} />
      <div className="wall-legend-row wall-legend-hour">{hour === null ? t('allHours') : `${String(hour).padStart(2, '0')}:00–${String(hour).padStart(2, '0')}:59`}</div>
      <div className="wall-legend-row"><i className="dot" style={{ background: toCssColour(keyPlaceActiveColour) }} />{t('keyPlaceActive')}</div>
      <div className="wall-legend-row"><i className="dot" style={{ background: toCssColour(keyPlaceQuietColour) }} />{t('keyPlaceQuiet')}</div>
      <div className="wall-legend-row"><i className="dot" style={{ background: 'rgb(0, 61, 165)' }} />{t('station')}</div>
    </div>
  );
}

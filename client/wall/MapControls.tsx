import { heatLegendGradient, stationColour, toCssColour } from '../map/layers/colour-scales';
import { forceColours } from '../map/layers/dosage-colours';
import { describeMeasure, glossary } from '../../core/measures/glossary';
import { gridMeasureGlossaryKey, gridMeasureKeys, gridMeasureLegend, gridMeasureNoDataColour, type GridMeasureKey } from '../map/layers/grid-measure-colours';
import type { HeatWindowDays } from './use-wall-data';
import { keyPlaceActiveColour, keyPlaceQuietColour } from '../map/layers/key-place-peak-layer';
import { wallGridSwatchColour, type WallMapView } from '../map/layers/wall-layers';
import type { WallLanguage, WallText } from './wall-messages';

/** A colouring measure's name and tooltip: the glossary's, so the wall names it as every other view does. */
function measureWords(k: GridMeasureKey, language: WallLanguage) {
  const key = gridMeasureGlossaryKey[k];
  return { name: glossary[key][language].name, title: describeMeasure(key, language) };
}

/** A label with its period in the language's brackets (全区楼栋核验率（近 90 天）, 千人警情（近 30 天）). */
export const withPeriod = (label: string, period: string, language: WallLanguage) => (language === 'en' ? `${label} (${period})` : `${label}（${period}）`);

/**
 * The grid legend's title: the measure's name, with its period where it counts incidents ('千人警情（近 30 天）'), which a
 * kiosk wall, its controls hidden, would otherwise never say.
 */
export function legendTitle(k: GridMeasureKey, language: WallLanguage): string {
  const words = glossary[gridMeasureGlossaryKey[k]][language];
  if (k !== 'incidentsPer1000') return words.name;
  return withPeriod(words.name, words.period, language);
}

export interface HeatControls {
  windowDays: HeatWindowDays;
  hour: number | null;
  playing: boolean;
}

/**
 * The map's controls (hidden in kiosk mode): the grids' measure or incident heat, the heat's window, hour and
 * playback (which show the heat).
 */
export function MapControls({ view, onView, measure, onMeasure, heat, onHeat, language, t }: {
  view: WallMapView;
  onView: (v: WallMapView) => void;
  measure: GridMeasureKey;
  onMeasure: (m: GridMeasureKey) => void;
  heat: HeatControls;
  onHeat: (h: HeatControls) => void;
  language: WallLanguage;
  t: WallText;
}) {
  const onHeatShown = (h: HeatControls) => {
    onView('heat');
    onHeat(h);
  };
  return (
    <div className="wall-map-controls" data-testid="wall-map-controls">
      <div className="wall-control-group">
        <span>{t('measure')}</span>
        {gridMeasureKeys.map((k) => (
          <button
            key={k}
            type="button"
            className={view === 'grids' && k === measure ? 'on' : ''}
            data-testid={`wall-measure-${k}`}
            title={measureWords(k, language).title}
            onClick={() => {
              onView('grids');
              onMeasure(k);
            }}
          >
            {measureWords(k, language).name}
          </button>
        ))}
        <button type="button" className={view === 'heat' ? 'on' : ''} data-testid="wall-view-heat" onClick={() => onView('heat')}>
          {t('heat')}
        </button>
      </div>
      {/* The heat's period and hour: while the grids are coloured they are dimmed and none is lit, as the grids' measure
          keeps its own period (千人警情 counts 30 days): a lit 近28天 beside a legend of 近 30 天 read as a contradiction. */}
      <div className={view === 'heat' ? 'wall-control-group' : 'wall-control-group wall-control-idle'} data-testid="wall-heat-controls">
        <span>{t('window')}</span>
        {([7, 28] as const).map((d) => (
          <button key={d} type="button" className={view === 'heat' && d === heat.windowDays ? 'on' : ''} onClick={() => onHeatShown({ ...heat, windowDays: d })}>
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
          onChange={(e) => onHeatShown({ ...heat, hour: Number(e.target.value) < 0 ? null : Number(e.target.value), playing: false })}
        />
        <span className="wall-hour-value" data-testid="wall-hour-value">{heat.hour === null ? t('allHours') : `${String(heat.hour).padStart(2, '0')}:00`}</span>
        <button type="button" data-testid="wall-play" onClick={() => onHeatShown({ ...heat, playing: !heat.playing })}>
          {heat.playing ? t('pause') : t('play')}
        </button>
      </div>
    </div>
  );
}

/**
 * What the map's colours mean, on its own opaque strip under the map (never over it): in the grids view the
 * classes of the measure, each swatch painted the colour its fills show on the screen (wallGridSwatchColour) and
 * a no-data swatch when some grid has no value; in the heat view the heat ramp and its hour; key places and
 * stations always; the units' dots when the map draws them.
 */
export function MapLegend({ view, measure, hour, windowDays, noData, language, t, positionsShown }: {
  view: WallMapView;
  measure: GridMeasureKey;
  hour: number | null;
  /** The heat's window: said in the legend, for a kiosk wall shows no controls that would say it. */
  windowDays: HeatWindowDays;
  noData: boolean;
  language: WallLanguage;
  t: WallText;
  /** Whether the map draws units (unit-positions.ts): no swatch for dots that are not there. */
  positionsShown: boolean;
}) {
  const words = { good: t('good'), fair: t('fair'), average: t('average'), poor: t('poor') };
  const classes = gridMeasureLegend(measure, words).map((e) => ({ ...e, testId: 'wall-legend-class' }));
  if (noData) classes.push({ colour: gridMeasureNoDataColour, label: t('noData'), testId: 'wall-legend-nodata' });
  return (
    <div className="wall-legend" data-testid="wall-legend">
      {view === 'grids' ? (
        <div className="wall-legend-line" data-testid="wall-legend-classes">
          <span className="wall-legend-title" title={measureWords(measure, language).title} data-testid="wall-legend-title">{legendTitle(measure, language)}</span>
          {classes.map((e) => (
            <span key={e.label} className="wall-legend-item" data-testid={e.testId}>
              <i style={{ background: toCssColour(wallGridSwatchColour(e.colour)) }} />
              {e.label}
            </span>
          ))}
        </div>
      ) : (
        <div className="wall-legend-line" data-testid="wall-legend-heat">
          <span className="wall-legend-title" data-testid="wall-legend-title">{`${t('heat')}（${t(windowDays === 7 ? 'days7' : 'days28')}）`}</span>
          <span className="wall-legend-item">
            {t('heatFew')}
            <b className="wall-legend-heat" style={{ background: heatLegendGradient() }} />
            {t('heatMany')}
          </span>
          <span className="wall-legend-item wall-legend-hour">{hour === null ? t('allHours') : `${String(hour).padStart(2, '0')}:00–${String(hour).padStart(2, '0')}:59`}</span>
        </div>
      )}
      <div className="wall-legend-line">
        <span className="wall-legend-item"><i className="dot" style={{ background: toCssColour(keyPlaceActiveColour) }} />{t('keyPlaceActive')}</span>
        <span className="wall-legend-item"><i className="dot" style={{ background: toCssColour(keyPlaceQuietColour) }} />{t('keyPlaceQuiet')}</span>
        <span className="wall-legend-item"><i className="dot" style={{ background: toCssColour(stationColour) }} />{t('station')}</span>
        {/* Where the units' dots would be listed, the legend says this account sees none: 8 on patrol in the panel and
            no dot on the map would read as a fault. (In the patrol panel the line pushed its last row out of sight.) */}
        {!positionsShown && <span className="wall-legend-item wall-legend-no-positions" data-testid="wall-legend-no-positions">{t('positionsHidden')}</span>}
        {positionsShown && (
          <>
            <span className="wall-legend-item" data-testid="wall-legend-unit-police"><i className="dot" style={{ background: toCssColour(forceColours.police) }} />{t('unitPolice')}</span>
            <span className="wall-legend-item" data-testid="wall-legend-unit-grid"><i className="dot" style={{ background: toCssColour(forceColours.grid) }} />{t('unitGrid')}</span>
          </>
        )}
      </div>
    </div>
  );
}

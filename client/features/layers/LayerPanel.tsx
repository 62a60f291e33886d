import type { LayerKey, LayerVisibility } from '../../map/layers';
import { layerKeys } from '../../map/layers';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { gridColourings, type GridColouring } from '../../map/layers/grid-colouring';
import { setGridColouring, useGridColouring } from './grid-colouring-store';

const layerLabels: Record<LayerKey, MessageKey> = {
  grids: 'layerGrids',
  heatmap: 'layerHeatmap',
  disputes: 'layerDisputes',
  dosage: 'layerDosage',
  beats: 'layerBeats',
  'key-places': 'layerKeyPlaces',
  stations: 'layerStations',
  labels: 'layerLabels',
};

const colouringLabels: Record<GridColouring, MessageKey> = {
  households: 'colourByHouseholds',
  risk: 'colourByRisk',
  grade: 'colourByGrade',
  freshness: 'colourByFreshness',
};

export function LayerPanel({ visible, onToggle }: { visible: LayerVisibility; onToggle: (key: LayerKey) => void }) {
  const { t } = useI18n();
  const colouring = useGridColouring();
  return (
    <fieldset className="panel-section layer-panel" data-testid="layer-panel">
      <legend>{t('layersTitle')}</legend>
      {layerKeys.map((key) => (
        <label key={key} className="layer-toggle">
          <input type="checkbox" checked={visible[key]} onChange={() => onToggle(key)} data-testid={`layer-toggle-${key}`} />
          {t(layerLabels[key])}
        </label>
      ))}
      <label className="colour-by">
        {t('colourByTitle')}
        <select value={colouring} onChange={(e) => setGridColouring(e.target.value as GridColouring)} data-testid="grid-colour-by">
          {gridColourings.map((c) => (
            <option key={c} value={c}>
              {t(colouringLabels[c])}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

import type { LayerKey, LayerVisibility } from '../../map/layers';
import { layerKeys } from '../../map/layers';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';

const layerLabels: Record<LayerKey, MessageKey> = {
  grids: 'layerGrids',
  heatmap: 'layerHeatmap',
  beats: 'layerBeats',
  'key-places': 'layerKeyPlaces',
  stations: 'layerStations',
  labels: 'layerLabels',
};

export function LayerPanel({ visible, onToggle }: { visible: LayerVisibility; onToggle: (key: LayerKey) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="panel-section layer-panel" data-testid="layer-panel">
      <legend>{t('layersTitle')}</legend>
      {layerKeys.map((key) => (
        <label key={key} className="layer-toggle">
          <input type="checkbox" checked={visible[key]} onChange={() => onToggle(key)} data-testid={`layer-toggle-${key}`} />
          {t(layerLabels[key])}
        </label>
      ))}
    </fieldset>
  );
}

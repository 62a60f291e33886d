import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { analysisLayerKeys, type AnalysisLayerKey, type AnalysisLayerVisibility } from '../../map/layers/analysis-layers';
import { ResourceStatus, type StatusOf } from './ResourceStatus';

const layerLabels: Record<AnalysisLayerKey, MessageKey> = {
  heatmap: 'analysisLayerHeatmap',
  hotspots: 'analysisLayerHotspots',
  emerging: 'analysisLayerEmerging',
  forecast: 'analysisLayerForecast',
  'repeat-pairs': 'analysisLayerPairs',
  'repeat-locations': 'analysisLayerPlaces',
  dosage: 'layerDosage',
  beats: 'analysisLayerBeats',
};

/** Square cells of the hotspot, emerging and forecast analyses, in metres. */
export const cellSizes = [100, 150, 250] as const;

export interface LayerSwitchesProps {
  visible: AnalysisLayerVisibility;
  onToggle: (key: AnalysisLayerKey) => void;
  status: Partial<Record<AnalysisLayerKey, { resource: StatusOf; retry: () => void }>>;
  cellM: number;
  onCell: (m: number) => void;
}

/** The analysis layers as switches, each with its fetch's progress, and the cell size of the cell analyses. */
export function LayerSwitches({ visible, onToggle, status, cellM, onCell }: LayerSwitchesProps) {
  const { t } = useI18n();
  return (
    <fieldset className="panel-section analysis-layers">
      <legend>{t('layersTitle')}</legend>
      {analysisLayerKeys.map((key) => (
        <div key={key} className="analysis-layer-row">
          <label className="layer-toggle">
            <input type="checkbox" checked={visible[key]} onChange={() => onToggle(key)} data-testid={`analysis-layer-${key}`} />
            {t(layerLabels[key])}
          </label>
          {visible[key] && status[key] && <ResourceStatus resource={status[key].resource} retry={status[key].retry} testId={`analysis-status-${key}`} />}
        </div>
      ))}
      <div className="analysis-cell-size">
        <span>{t('analysisCellSize')}</span>
        {cellSizes.map((m) => (
          <button key={m} type="button" aria-pressed={cellM === m} onClick={() => onCell(m)} data-testid={`analysis-cell-${m}`}>
            {m} m
          </button>
        ))}
      </div>
    </fieldset>
  );
}

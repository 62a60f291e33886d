import type { DeckProps, Layer } from '@deck.gl/core';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { ReactNode } from 'react';
import { MapView } from '../../map/MapView';
import { useFitPadding } from '../../shared/use-phone-layout';

export interface AnalysisMapProps {
  /** The map, once made (list rows and the search move it). */
  onMap: (map: MaplibreMap) => void;
  mapStyle: StyleSpecification | string;
  layers: Layer[];
  getTooltip: DeckProps['getTooltip'];
  dataReady: boolean;
  fitBounds?: [number, number, number, number];
  /** Told the map's zoom after every move (the forecast's rank labels are placed for it). */
  onZoomEnd?: (zoom: number) => void;
  /** Panels floating over the map's left edge (layer switches, legend). */
  children?: ReactNode;
}

// Room for the panel over the map's left edge; on a phone, useFitPadding's margin.
const fitPadding = { top: 16, bottom: 16, left: 250, right: 16 };

/** The analysis map: the shared MapView (one MapLibre map, one deck.gl overlay) with the analysis panels over it. */
export function AnalysisMap({ onMap, mapStyle, layers, getTooltip, dataReady, fitBounds, onZoomEnd, children }: AnalysisMapProps) {
  const padding = useFitPadding(fitPadding);
  return (
    <div className="analysis-map" data-testid="analysis-map" data-ready={dataReady}>
      <MapView mapStyle={mapStyle} layers={layers} getTooltip={getTooltip} dataReady={dataReady} fitBounds={fitBounds} fitPadding={padding} onZoomEnd={onZoomEnd} onMap={onMap} />
      <aside className="panel analysis-map-panel">{children}</aside>
    </div>
  );
}

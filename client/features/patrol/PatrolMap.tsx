import { activeDisplayFrame, boundsToDisplay } from '../../map/display-frame';
import type { DeckProps, Layer } from '@deck.gl/core';
import type { StyleSpecification } from 'maplibre-gl';
import { useEffect, type MouseEvent, type RefObject } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { MapView } from '../../map/MapView';
import type { ViewMap } from '../../map/use-view-map';
import type { Bounds } from './patrol-map-data';
import { PatrolLegend } from './PatrolLegend';

export interface PatrolMapProps {
  /** The element around the map's canvases: the print card's snapshot is taken from it. */
  containerRef: RefObject<HTMLDivElement | null>;
  /** The map, handed over by MapView's onMap: moved to each new start and route, and asked where a click is. */
  viewMap: ViewMap;
  mapStyle: StyleSpecification | string;
  layers: Layer[];
  getTooltip: DeckProps['getTooltip'];
  dataReady: boolean;
  /** What to show; the map moves when `key` changes (see patrolView). */
  view: { key: string; bounds: Bounds } | null;
  picking: boolean;
  onPick: (lngLat: [number, number]) => void;
  straight: boolean;
}

// Room for the stop markers' numbers at the edges, and for the legend over the map's bottom-left corner (about 130 px).
const padding = { top: 72, bottom: 150, left: 72, right: 72 };

/** The patrol map: candidates, route, stops and start over the base map; a click picks the start while picking. */
export function PatrolMap({ containerRef, viewMap, mapStyle, layers, getTooltip, dataReady, view, picking, onPick, straight }: PatrolMapProps) {
  const { t } = useI18n();
  const viewKey = view?.key;
  // MapView fits bounds only once; the patrol map moves to each new start and route.
  useEffect(() => {
    if (view) viewMap.current()?.fitBounds(boundsToDisplay(view.bounds, activeDisplayFrame()), { padding, maxZoom: 17, animate: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Moves only when what is shown changes, not on every render.
  }, [viewKey]);

  const pick = (e: MouseEvent<HTMLDivElement>) => {
    const map = viewMap.current();
    if (!map) return;
    const box = e.currentTarget.getBoundingClientRect();
    const picked = map.unproject([e.clientX - box.left, e.clientY - box.top]);
    const [lng, lat] = activeDisplayFrame().toData([picked.lng, picked.lat]);
    onPick([lng, lat]);
  };

  return (
    <div ref={containerRef} className="patrol-map" data-testid="patrol-map" data-ready={dataReady} data-picking={picking}>
      <MapView mapStyle={mapStyle} layers={layers} getTooltip={getTooltip} dataReady={dataReady} onMap={viewMap.onMap} />
      {picking && <div className="patrol-pick-capture" onClick={pick} data-testid="patrol-pick-capture" />}
      {picking && <div className="patrol-map-hint">{t('patrolPickHint')}</div>}
      <PatrolLegend straight={straight} />
    </div>
  );
}

import { activeDisplayFrame, boundsToDisplay } from '../../map/display-frame';
import type { DeckProps, Layer } from '@deck.gl/core';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { useEffect, useRef, type MouseEvent, type RefObject } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { MapView } from '../../map/MapView';
import type { Bounds } from './patrol-map-data';
import { PatrolLegend } from './PatrolLegend';

export interface PatrolMapProps {
  /** The element around the map's canvases: the print card's snapshot is taken from it. */
  containerRef: RefObject<HTMLDivElement | null>;
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

const padding = { top: 48, bottom: 48, left: 48, right: 48 };

/**
 * MapView keeps its MapLibre map to itself and fits bounds only once, but the patrol map must move to each new start
 * and route and turn a click into [lng, lat]. So the map is taken, once, from what MapView publishes for tests
 * (window.__jingwang) right after it mounted — checked to be the one inside this view, as the dashboard's and other
 * views' maps publish there too (MapView's effect runs before this one, its parent's).
 * TODO(lead): an `onMap` prop on MapView would make this a plain callback (the analysis view does the same).
 */
function useOwnMap(containerRef: RefObject<HTMLDivElement | null>) {
  const mapRef = useRef<MaplibreMap | null>(null);
  useEffect(() => {
    const map = window.__jingwang?.map;
    if (map && containerRef.current?.contains(map.getContainer())) mapRef.current = map;
    return () => {
      mapRef.current = null;
    };
  }, [containerRef]);
  return mapRef;
}

/** The patrol map: candidates, route, stops and start over the base map; a click picks the start while picking. */
export function PatrolMap({ containerRef, mapStyle, layers, getTooltip, dataReady, view, picking, onPick, straight }: PatrolMapProps) {
  const { t } = useI18n();
  const mapRef = useOwnMap(containerRef);
  const viewKey = view?.key;
  useEffect(() => {
    if (view) mapRef.current?.fitBounds(boundsToDisplay(view.bounds, activeDisplayFrame()), { padding, maxZoom: 17, animate: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Moves only when what is shown changes, not on every render.
  }, [viewKey]);

  const pick = (e: MouseEvent<HTMLDivElement>) => {
    const map = mapRef.current;
    if (!map) return;
    const box = e.currentTarget.getBoundingClientRect();
    const picked = map.unproject([e.clientX - box.left, e.clientY - box.top]);
    const [lng, lat] = activeDisplayFrame().toData([picked.lng, picked.lat]);
    onPick([lng, lat]);
  };

  return (
    <div ref={containerRef} className="patrol-map" data-testid="patrol-map" data-ready={dataReady} data-picking={picking}>
      <MapView mapStyle={mapStyle} layers={layers} getTooltip={getTooltip} dataReady={dataReady} />
      {picking && <div className="patrol-pick-capture" onClick={pick} data-testid="patrol-pick-capture" />}
      {picking && <div className="patrol-map-hint">{t('patrolPickHint')}</div>}
      <PatrolLegend straight={straight} />
    </div>
  );
}

import { activeDisplayFrame, boundsToDisplay } from '../../map/display-frame';
import type { DeckProps, Layer } from '@deck.gl/core';
import type { StyleSpecification } from 'maplibre-gl';
import { useEffect, type MouseEvent, type RefObject } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useFitPadding } from '../../shared/use-phone-layout';
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

// Room for the stop markers' numbers at the edges, and for the legend over the map's bottom-left corner (about 130 px);
// on a phone the legend (about 160 px there) stays over the map, and the sides keep only the numbers' room.
const desktopPadding = { top: 72, bottom: 150, left: 72, right: 72 };
const phonePadding = { top: 28, bottom: 170, left: 28, right: 28 };

/** The patrol map: candidates, route, stops and start over the base map; a click picks the start while picking. */
export function PatrolMap({ containerRef, viewMap, mapStyle, layers, getTooltip, dataReady, view, picking, onPick, straight }: PatrolMapProps) {
  const { t } = useI18n();
  const viewKey = view?.key;
  const padding = useFitPadding(desktopPadding, phonePadding);
  // MapView fits bounds only once; the patrol map moves to each new start and route, and frames the route again when
  // a window narrows to a phone's layout (or widens back): the map alone would keep its centre and zoom.
  useEffect(() => {
    const map = viewMap.current();
    if (!view || !map) return;
    map.resize(); // the new layout's size now, not at the map's next resize check
    map.fitBounds(boundsToDisplay(view.bounds, activeDisplayFrame()), { padding, maxZoom: 17, animate: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Moves only when what is shown or the layout changes, not on every render.
  }, [viewKey, padding]);

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

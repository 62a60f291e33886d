import type { Layer } from '@deck.gl/core';
import { bbox } from '@turf/turf';
import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import { useCallback, useMemo, useRef } from 'react';
import type { GridCollection } from '../../api/feature-types';
import { useBasemapData, useConfig } from '../../api/hooks';
import { useI18n } from '../../i18n/I18nProvider';
import { useBasemapStyle } from '../../map/basemap/use-basemap-style';
import { activeDisplayFrame } from '../../map/display-frame';
import { MapView } from '../../map/MapView';
import { disputePickLayer } from '../../map/layers/dispute-pick-layer';
import { gridLayers } from '../../map/layers/grid-fill-layer';
import { searchHighlightLayer } from '../../map/layers/search-highlight-layer';
import { useViewMap } from '../../map/use-view-map';
import { SearchBox } from '../../shared/search/SearchBox';
import { useMapSearch } from '../../shared/search/use-map-search';

const padding = { top: 16, bottom: 16, left: 16, right: 16 };

/**
 * A small map of the user's grids where a click picks the dispute's place ([lng, lat], EPSG:4326, rounded to 6
 * decimals, about 0.1 m).
 */
export function PointPicker({ grids, value, onPick }: { grids: GridCollection | undefined; value: [number, number] | null; onPick: (lngLat: [number, number]) => void }) {
  const { t } = useI18n();
  const [config] = useConfig();
  const [basemap] = useBasemapData();
  const onPickRef = useRef(onPick);
  onPickRef.current = onPick;
  // A place found by name is flown to and taken as the point; a click on the map still moves it (issue 11, part 6).
  const viewMap = useViewMap();
  const search = useMapSearch(viewMap);
  const onMap = useCallback(
    (map: MaplibreMap) => {
      viewMap.onMap(map);
      // A click (not a drag) picks; the map still pans and zooms. The listener goes with the map.
      map.on('click', (e: MapMouseEvent) => {
        // A click on a GCJ-02 base map is shifted back to WGS 84 before it is stored.
        const [lng, lat] = activeDisplayFrame().toData([e.lngLat.lng, e.lngLat.lat]);
        onPickRef.current([Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]);
      });
    },
    [viewMap],
  );
  const mapStyle = useBasemapStyle(basemap.data, { styleUrl: config.data?.basemapStyleUrl });
  const bounds = useMemo(() => (grids && grids.features.length ? (bbox(grids) as [number, number, number, number]) : undefined), [grids]);
  const layers = useMemo(() => {
    const out: Layer[] = [];
    if (grids) out.push(...gridLayers({ grids }));
    if (search.chosen) out.push(searchHighlightLayer(search.chosen));
    if (value) out.push(disputePickLayer({ lngLat: value }));
    return out;
  }, [grids, value, search.chosen]);

  return (
    <div className="point-picker" data-testid="dispute-point-picker">
      <SearchBox
        onChoose={(r) => {
          search.choose(r);
          onPick(r.lngLat);
        }}
        testId="dispute-point-search"
      />
      <MapView mapStyle={mapStyle} layers={layers} dataReady={basemap.status === 'ready' && !!grids} fitBounds={bounds} fitPadding={padding} onMap={onMap} />
      <p className="view-note" data-testid="dispute-point-value">
        {value ? t('dspPicked', { lng: value[0].toFixed(6), lat: value[1].toFixed(6) }) : t('dspPickHint')}
      </p>
    </div>
  );
}

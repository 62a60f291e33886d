import type { Deck, Layer } from '@deck.gl/core';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MapView } from '../map/MapView';
import type { Scene } from './scenes';
import { useStageScale } from './stage-context';
import { useContextRecovery } from './use-context-recovery';
import { useSceneFlights } from './use-scene-flights';
import { publishWallMap, updateWallHooks } from './wall-test-hooks';

export interface WallMapProps {
  mapStyle: StyleSpecification;
  layers: Layer[];
  dataReady: boolean;
  scenes: Scene[];
  startScene: string | null; // the name of the scene shown first; the first scene when no scene has it
  rotate: boolean; // kiosk: move through the scenes, no pan or zoom
  intervalMs: number;
  /** The map, once made (new incidents are rung on it). */
  onMap: (map: MaplibreMap) => void;
  onScene: (scene: Scene) => void;
  /** After every move of the map (a scene's flight, a pan): its zoom and its frame (w, s, e, n), for the labels. */
  onViewEnd: (zoom: number, frame: [number, number, number, number]) => void;
}

// The wall's night paper until its style can be drawn (its label font loaded): the dark style's background.
const nightPaper = '#060b14';

/**
 * The centre map: the app's one map shell (MapView) on night paper, without controls, in stage pixels, with what
 * the wall adds around it — the scene flights (without rotation the first scene once, with rotation all of them),
 * recovery from a lost WebGL context, and its readiness (the shell's, and not while recovering).
 */
export function WallMap({ mapStyle, layers, dataReady, scenes, startScene, rotate, intervalMs, onMap, onScene, onViewEnd }: WallMapProps) {
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const [deck, setDeck] = useState<Deck | null>(null);
  // The stage is CSS-scaled: a 4K wall needs twice the device pixels of 1080p.
  const scale = useStageScale();
  const pixelRatio = (window.devicePixelRatio || 1) * scale;
  const onMapRef = useRef(onMap);
  onMapRef.current = onMap;
  const takeMap = useCallback((m: MaplibreMap) => {
    setMap(m);
    publishWallMap(m);
    onMapRef.current(m);
  }, []);

  // Ready is reported only for tests; two sources, so kept outside React's state (no re-render of the wall for it).
  const readiness = useRef({ drawn: false, recovering: false });
  const report = useCallback((change: Partial<{ drawn: boolean; recovering: boolean }>) => {
    Object.assign(readiness.current, change);
    updateWallHooks({ ready: readiness.current.drawn && !readiness.current.recovering });
  }, []);
  const onReady = useCallback((drawn: boolean) => report({ drawn }), [report]);
  const onRecovering = useCallback((recovering: boolean) => report({ recovering }), [report]);

  const generation = useContextRecovery(map, deck, onRecovering);
  // After deck.gl's context came back, its layers are new ones to it (fresh GPU resources), under new ids.
  const shown = useMemo(() => (generation === 0 ? layers : layers.map((l) => l.clone({ id: `${l.id}#${generation}` }))), [layers, generation]);
  useSceneFlights(map, { scenes, startScene, rotate, intervalMs, onScene });
  // Street names are placed for the view they are seen in: moveend, not zoomend, as a scene may pan without zooming.
  const onViewEndRef = useRef(onViewEnd);
  onViewEndRef.current = onViewEnd;
  useEffect(() => {
    if (!map) return;
    const report = () => {
      const b = map.getBounds();
      onViewEndRef.current(map.getZoom(), [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    };
    report();
    map.on('moveend', report);
    return () => {
      map.off('moveend', report);
    };
  }, [map]);

  return (
    <MapView
      className="wall-map"
      testId="wall-map"
      mapStyle={mapStyle}
      layers={shown}
      dataReady={dataReady}
      zoom={11}
      blankColour={nightPaper}
      interactive={!rotate}
      controls={false}
      labelFadeMs={0}
      pixelRatio={pixelRatio}
      onMap={takeMap}
      onDeck={setDeck}
      onReady={onReady}
    />
  );
}

import type { Layer } from '@deck.gl/core';
import type { StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import type { Scene } from './scenes';
import { useStageScale } from './stage-context';
import { WallMapController } from './wall-map-controller';
import { updateWallHooks } from './wall-test-hooks';

export interface WallMapProps {
  mapStyle: StyleSpecification;
  layers: Layer[];
  dataReady: boolean;
  scenes: Scene[];
  startScene: string | null; // the name of the scene shown first; the first scene when no scene has it
  rotate: boolean; // kiosk: move through the scenes
  intervalMs: number;
  onController: (c: WallMapController | null) => void;
  onScene: (scene: Scene) => void;
  onZoomEnd: (zoom: number) => void;
}

/**
 * The centre map: creates the one WallMapController on mount and feeds it style, layers, pixel ratio and scenes.
 * Without rotation it shows the first scene once; with rotation it steps through them all.
 */
export function WallMap({ mapStyle, layers, dataReady, scenes, startScene, rotate, intervalMs, onController, onScene, onZoomEnd }: WallMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<WallMapController | null>(null);
  const scale = useStageScale();
  const initial = useRef({ mapStyle, pixelRatio: (window.devicePixelRatio || 1) * scale, onController, onZoomEnd, rotate });
  const startRef = useRef(startScene);
  const scenesRef = useRef(scenes);
  scenesRef.current = scenes;
  const onSceneRef = useRef(onScene);
  onSceneRef.current = onScene;

  useEffect(() => {
    const { mapStyle: style, pixelRatio, onController: report, onZoomEnd: reportZoom, rotate: kiosk } = initial.current;
    const c = new WallMapController({
      container: containerRef.current!,
      style,
      pixelRatio,
      interactive: !kiosk,
      onReady: (ready) => updateWallHooks({ ready }),
    });
    c.onZoomEnd(reportZoom);
    updateWallHooks({ project: (lngLat) => c.projectToViewport(lngLat) });
    setController(c);
    report(c);
    return () => {
      report(null);
      c.destroy();
    };
  }, []);

  useEffect(() => controller?.setStyle(mapStyle), [controller, mapStyle]);
  useEffect(() => controller?.setLayers(layers), [controller, layers]);
  useEffect(() => controller?.setDataReady(dataReady), [controller, dataReady]);
  useEffect(() => controller?.setPixelRatio((window.devicePixelRatio || 1) * scale), [controller, scale]);

  const haveScenes = scenes.length > 0;
  useEffect(() => {
    if (!controller || !haveScenes) return;
    let index = Math.max(0, scenesRef.current.findIndex((s) => s.name !== '' && s.name === startRef.current));
    let shown = window.__wall?.scenesShown ?? 0;
    const show = () => {
      const list = scenesRef.current;
      const scene = list[index % list.length];
      // Glide for a third of the interval (at most 1.5 s), then hold still; short intervals (tests) jump.
      controller.fitBounds(scene.bounds, rotate && intervalMs >= 3000 ? Math.min(1500, intervalMs / 3) : 0);
      shown += 1;
      updateWallHooks({ scenesShown: shown });
      onSceneRef.current(scene);
    };
    show();
    if (!rotate) return;
    const timer = setInterval(() => {
      index = (index + 1) % scenesRef.current.length;
      show();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [controller, haveScenes, rotate, intervalMs]);

  return <div ref={containerRef} className="wall-map" data-testid="wall-map" />;
}

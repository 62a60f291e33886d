import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { activeDisplayFrame, boundsToDisplay } from '../map/display-frame';
import type { Scene } from './scenes';
import { updateWallHooks } from './wall-test-hooks';

// The top padding keeps a scene clear of what floats over the map (controls, the scene's name).
const scenePadding = { top: 90, bottom: 24, left: 24, right: 24 };

export interface SceneFlightOptions {
  scenes: Scene[];
  startScene: string | null; // the name of the scene shown first; the first scene when no scene has it
  rotate: boolean; // kiosk: move through the scenes
  intervalMs: number;
  onScene: (scene: Scene) => void;
}

/**
 * Flies the wall's map to its scenes once it has the map and scenes: without rotation the first (or the start) scene
 * once; with rotation through them all, gliding for a third of the interval (at most 1.5 s) and then holding still;
 * short intervals (tests) jump.
 */
export function useSceneFlights(map: MaplibreMap | null, { scenes, startScene, rotate, intervalMs, onScene }: SceneFlightOptions) {
  const startRef = useRef(startScene);
  const scenesRef = useRef(scenes);
  scenesRef.current = scenes;
  const onSceneRef = useRef(onScene);
  onSceneRef.current = onScene;
  // Counted across restarts of the rotation (new scenes, a new interval) for the page's life.
  const shownRef = useRef(0);
  const haveScenes = scenes.length > 0;

  useEffect(() => {
    if (!map || !haveScenes) return;
    let index = Math.max(0, scenesRef.current.findIndex((s) => s.name !== '' && s.name === startRef.current));
    const show = () => {
      const list = scenesRef.current;
      const scene = list[index % list.length];
      const durationMs = rotate && intervalMs >= 3000 ? Math.min(1500, intervalMs / 3) : 0;
      map.fitBounds(boundsToDisplay(scene.bounds, activeDisplayFrame()), { padding: scenePadding, duration: durationMs, essential: true });
      shownRef.current += 1;
      updateWallHooks({ scenesShown: shownRef.current });
      onSceneRef.current(scene);
    };
    show();
    if (!rotate) return;
    const timer = setInterval(() => {
      index = (index + 1) % scenesRef.current.length;
      show();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [map, haveScenes, rotate, intervalMs]);
}

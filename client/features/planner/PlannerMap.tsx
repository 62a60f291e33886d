import { activeDisplayFrame } from '../../map/display-frame';
import type { Layer } from '@deck.gl/core';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { MapView } from '../../map/MapView';
import { LassoCapture } from './LassoCapture';
import type { SelectMode } from './selection';

export type MapMode = 'pick' | 'lasso' | 'box' | 'target';
const modes: { mode: MapMode; label: MessageKey }[] = [
  { mode: 'pick', label: 'plannerModePick' },
  { mode: 'lasso', label: 'plannerModeLasso' },
  { mode: 'box', label: 'plannerModeBox' },
];

export interface PlannerMapProps {
  /** The area shown: a new area gets a new map fitted to it (see MapOnce). */
  areaKey: string;
  mapStyle: StyleSpecification | string;
  layers: Layer[];
  dataReady: boolean;
  fitBounds?: [number, number, number, number];
  /** The zoom after each zoom gesture (and the fit), for label placement. */
  onZoomEnd?: (zoom: number) => void;
  /** Each area's new map, once made (the search moves it). */
  onMap?: (map: MaplibreMap) => void;
  mode: MapMode;
  onMode: (mode: MapMode) => void;
  showBeats: boolean;
  onShowBeats: (on: boolean) => void;
  onLasso: (ring: [number, number][], mode: SelectMode) => void;
}

// The fit is to the buildings' centres: a margin wider than a footprint keeps the outermost buildings and their grid
// labels whole (24 px cut them in half at a community's edges). The top clears the mode toolbar.
const fitPadding = { top: 64, bottom: 44, left: 44, right: 44 };

/**
 * deck.gl hands every layer it draws the current viewport (layer.context, shared by the layers of one Deck), so the
 * lasso can turn screen pixels into [lng, lat] without reaching into the map.
 */
function unprojectWith(layers: Layer[], x: number, y: number): [number, number] | null {
  const viewport = layers.find((l) => l.context?.viewport)?.context.viewport;
  if (!viewport) return null;
  const [lng, lat] = activeDisplayFrame().toData(viewport.unproject([x, y]) as [number, number]);
  return [lng, lat];
}

/**
 * MapView fits its bounds only once, so each area gets its own MapView. When one is replaced its WebGL contexts are
 * released on purpose: MapLibre loses its own, deck.gl's is only dropped (deck.gl issue 9264), and a few area changes
 * would otherwise exhaust the browser's limit of live contexts.
 */
function MapOnce(props: Omit<PlannerMapProps, 'areaKey' | 'mode' | 'onMode' | 'showBeats' | 'onShowBeats' | 'onLasso'>) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const canvases = ref.current?.querySelectorAll('canvas') ?? [];
    return () => {
      // eslint-disable-next-line react-hooks/exhaustive-deps -- the canvases present at clean-up are wanted too, not only those at mount
      const held = [...canvases, ...(ref.current?.querySelectorAll('canvas') ?? [])];
      // After MapView's own clean-up (which runs after this one): lose what it left alive.
      setTimeout(() => {
        for (const canvas of held) {
          const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
          if (gl && !gl.isContextLost()) gl.getExtension('WEBGL_lose_context')?.loseContext();
        }
      }, 0);
    };
  }, []);
  return (
    <div ref={ref} className="planner-map-canvas">
      <MapView
        mapStyle={props.mapStyle}
        layers={props.layers}
        dataReady={props.dataReady}
        fitBounds={props.fitBounds}
        fitPadding={fitPadding}
        onZoomEnd={props.onZoomEnd}
        onMap={(map) => {
          // Shift-click adds to the selection (the hint says so); MapLibre's box zoom took Shift-press for itself.
          map.boxZoom.disable();
          props.onMap?.(map);
        }}
      />
    </div>
  );
}

/** The planner's map: territories, grids and buildings, with pick / lasso / box modes and the beats toggle. */
export function PlannerMap(p: PlannerMapProps) {
  const { t } = useI18n();
  return (
    <div className="planner-map" data-testid="planner-map" data-mode={p.mode}>
      <MapOnce key={p.areaKey} mapStyle={p.mapStyle} layers={p.layers} dataReady={p.dataReady} fitBounds={p.fitBounds} onZoomEnd={p.onZoomEnd} onMap={p.onMap} />
      {(p.mode === 'lasso' || p.mode === 'box') && (
        <LassoCapture shape={p.mode} toLngLat={(x, y) => unprojectWith(p.layers, x, y)} onDone={p.onLasso} />
      )}
      <div className="planner-map-tools" role="toolbar">
        {modes.map(({ mode, label }) => (
          <button
            key={mode}
            type="button"
            className={p.mode === mode ? 'active' : undefined}
            aria-pressed={p.mode === mode}
            onClick={() => p.onMode(mode)}
            data-testid={`planner-mode-${mode}`}
          >
            {t(label)}
          </button>
        ))}
        <label>
          <input type="checkbox" checked={p.showBeats} onChange={(e) => p.onShowBeats(e.target.checked)} data-testid="planner-beats-toggle" />
          {t('plannerShowBeats')}
        </label>
      </div>
      {p.mode === 'target' && <div className="planner-map-hint">{t('plannerTargetHint')}</div>}
    </div>
  );
}

import { useState, type PointerEvent } from 'react';
import type { SelectMode } from './selection';

export interface LassoCaptureProps {
  shape: 'lasso' | 'box';
  /** Screen pixel (relative to the map) → [lng, lat]; null while the map has not drawn yet. */
  toLngLat: (x: number, y: number) => [number, number] | null;
  onDone: (ring: [number, number][], mode: SelectMode) => void;
}

/**
 * A transparent sheet over the map while lassoing: it takes the pointer (so the map does not pan), draws the
 * lasso or box, and hands its ring in [lng, lat] over on release. Shift adds to the selection, Ctrl/⌘ toggles.
 */
export function LassoCapture({ shape, toLngLat, onDone }: LassoCaptureProps) {
  const [points, setPoints] = useState<[number, number][]>([]);
  const at = (e: PointerEvent<HTMLDivElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const ring = shape === 'box' && points.length >= 2 ? boxCorners(points[0], points[points.length - 1]) : points;

  return (
    <div
      className="planner-lasso"
      data-testid="planner-lasso"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        setPoints([at(e)]);
      }}
      onPointerMove={(e) => {
        if (points.length === 0) return;
        const p = at(e);
        setPoints(shape === 'box' ? [points[0], p] : [...points, p]);
      }}
      onPointerUp={(e) => {
        const lngLats = ring.map(([x, y]) => toLngLat(x, y)).filter((p): p is [number, number] => p !== null);
        setPoints([]);
        if (lngLats.length >= 3) onDone(lngLats, e.shiftKey ? 'add' : e.ctrlKey || e.metaKey ? 'toggle' : 'replace');
      }}
    >
      <svg width="100%" height="100%">
        {ring.length > 1 && <polygon points={ring.map((p) => p.join(',')).join(' ')} />}
      </svg>
    </div>
  );
}

function boxCorners(a: [number, number], b: [number, number]): [number, number][] {
  return [a, [b[0], a[1]], b, [a[0], b[1]]];
}

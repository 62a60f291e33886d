/**
 * The places whose patrol dose is measured (issue 16): the hot cells of the caller's scope — the analysis map's Gi*
 * hot cells (hot-cells.service.ts findAnalysisHotCells) over the HOTSPOT_LOOKBACK_DAYS before the period's end, named
 * by the place they lie at — and the key places of the scope (patrol-candidates.repo.ts findKeyPlacesNear), each a
 * circle of DOSAGE_KEY_PLACE_RADIUS_M with its peak windows.
 */
import type { Scope } from '../../core/contracts/auth';
import { HotspotQuerySchema } from '../../core/contracts/analysis';
import { DOSAGE_KEY_PLACE_RADIUS_M } from '../../core/contracts/dosage';
import type { DosagePlace, LngLat, PeakWindow } from '../../core/dosage';
import { cellRingCentre } from '../../core/hotspots';
import type { Db } from '../db/engine';
import type { LngLatBox } from '../db/repos/dosage.repo';
import { findKeyPlacesNear } from '../db/repos/patrol-candidates.repo';
import { findAnalysisHotCells, HOTSPOT_FALLBACK_NAME } from './hot-cells.service';

/** Hot cells are found from the incidents of this many days before the period's end, as the analysis map's default. */
export const HOTSPOT_LOOKBACK_DAYS = 28;

export interface MeasuredPlace extends DosagePlace {
  lngLat: LngLat;
  polygon?: LngLat[];
  radiusM?: number;
  /** Key places: their peak windows; hot cells: none (the wall reads a cell's peak from its incidents). */
  peakWindows: PeakWindow[];
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The hot cells (most incidents first) and key places (by code) of the scope, for a period ending at `to`. */
export async function loadMeasuredPlaces(db: Db, to: string, scope: Scope): Promise<MeasuredPlace[]> {
  const from = new Date(Date.parse(to) - HOTSPOT_LOOKBACK_DAYS * 86_400_000).toISOString();
  const answer = await findAnalysisHotCells(db, { ...HotspotQuerySchema.parse({}), from, to: new Date(to).toISOString() }, scope);
  const hot = (answer?.features ?? [])
    .filter((f) => f.properties.class.startsWith('hot-'))
    .sort((a, b) => b.properties.count - a.properties.count || a.properties.row - b.properties.row || a.properties.col - b.properties.col)
    .map((f): MeasuredPlace => {
      const ring = f.geometry.coordinates[0].map(([lng, lat]): LngLat => [lng, lat]);
      const [lng, lat] = cellRingCentre(ring);
      const lngLat: LngLat = [round6(lng), round6(lat)];
      return { id: `cell-${f.properties.row}-${f.properties.col}`, name: f.properties.place ?? HOTSPOT_FALLBACK_NAME, kind: 'hotspot', shape: { kind: 'polygon', ring }, lngLat, polygon: ring, peakWindows: [] };
    });
  const keyPlaces = await findKeyPlacesNear(db, { bbox: [-180, -90, 180, 90], codes: [] }, scope);
  const places = keyPlaces.map((k): MeasuredPlace => ({
    id: k.code,
    name: k.name,
    kind: 'key_place',
    shape: { kind: 'circle', center: k.lngLat, radiusM: DOSAGE_KEY_PLACE_RADIUS_M },
    lngLat: k.lngLat,
    radiusM: DOSAGE_KEY_PLACE_RADIUS_M,
    peakWindows: k.peakWindows,
  }));
  return [...hot, ...places];
}

/** The box around every place, grown by `marginM` (null without places): pings farther out cannot count. */
export function boxAround(places: readonly MeasuredPlace[], marginM: number): LngLatBox | null {
  if (places.length === 0) return null;
  const pts = places.flatMap((p) => p.polygon ?? [p.lngLat]);
  const grow = marginM + DOSAGE_KEY_PLACE_RADIUS_M;
  const dLat = grow / 111_000;
  const dLng = grow / (111_000 * Math.cos((pts[0][1] * Math.PI) / 180));
  return [Math.min(...pts.map((p) => p[0])) - dLng, Math.min(...pts.map((p) => p[1])) - dLat, Math.max(...pts.map((p) => p[0])) + dLng, Math.max(...pts.map((p) => p[1])) + dLat];
}

/** The view of a place the answers share: id, name, kind, point, and ring or radius. */
export function placeView(p: MeasuredPlace) {
  return { id: p.id, name: p.name, kind: p.kind, lngLat: p.lngLat, ...(p.polygon ? { polygon: p.polygon } : {}), ...(p.radiusM !== undefined ? { radiusM: p.radiusM } : {}) };
}

import type { BasemapDescription, BasemapSettings } from '../../core/contracts/basemap';
import type { LngLatBounds } from './tile-math';

/** One tile as the package stores it; a gzip'ed vector tile is served gzip'ed, with Content-Encoding saying so. */
export interface Tile {
  bytes: Uint8Array;
  contentType: string;
  contentEncoding?: 'gzip' | 'br' | 'zstd';
}

/**
 * An opened base map. Tile coordinates are XYZ (y grows southward) whatever the package stores; the caller
 * checks them against the description's zoom range and bounds first (server/routes/basemap/tile-params.ts).
 */
export interface BasemapPackage {
  describe(): BasemapDescription;
  /** The tile, or null when the package lacks it. A proxied service that fails throws UpstreamError. */
  getTile(z: number, x: number, y: number): Promise<Tile | null>;
  /** The separate label layer's tile (Tianditu's cva); absent when the package has no label layer. */
  getLabelTile?: (z: number, x: number, y: number) => Promise<Tile | null>;
  /** The PMTiles archive on disk, which the browser may read itself with HTTP Range requests. */
  readonly pmtilesPath?: string;
  /** Releases file handles (an MBTiles database, a PMTiles file); the package serves nothing after. */
  close(): Promise<void>;
}

/** The same-origin URL templates every package's tiles are served at (server/routes/basemap/basemap-tiles.router.ts). */
export const tilesUrl = '/basemap/tiles/{z}/{x}/{y}';
export const labelTilesUrl = '/basemap/labels/{z}/{x}/{y}';
export const pmtilesUrl = '/basemap/package.pmtiles';

/** A description's fields that the settings decide, with the rest at their "nothing known" values. */
export function describeFromSettings(
  settings: BasemapSettings,
  fields: Pick<BasemapDescription, 'name' | 'tileType' | 'format' | 'minzoom' | 'maxzoom'> & Partial<BasemapDescription>,
): BasemapDescription {
  return {
    kind: settings.kind,
    crs: settings.crs,
    tiles: [tilesUrl],
    labelTiles: [],
    pmtilesUrl: null,
    tileSize: 256,
    bounds: null,
    vectorSchema: null,
    vectorLayers: [],
    ...fields,
    attribution: settings.attribution ?? fields.attribution ?? '',
  };
}

/** Bounds read from a package ([w, s, e, n]), or null when absent or malformed. */
export function usableBounds(values: readonly number[] | undefined): LngLatBounds | null {
  if (!values || values.length !== 4 || !values.every(Number.isFinite)) return null;
  const [w, s, e, n] = values;
  if (w >= e || s >= n || w < -180 || e > 180 || s < -90 || n > 90) return null;
  return [w, s, e, n];
}

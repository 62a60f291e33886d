/**
 * Vector tiles under /tiles (issue 14, item 2): a tile of a layer for the caller's scope, encoded by PostGIS where
 * it can (ST_AsMVT) and in Node otherwise (PGlite), from the same SELECT of tiles.repo; and each layer's TileJSON,
 * whose tile URLs carry the layer's data version so that a tile answered at that version may be cached for good.
 */
import type { Scope } from '../../core/contracts/auth';
import { tileMaxZoom, type TileAddress, type TileJson, type TileJsonVectorLayer, type TileLayerId } from '../../core/contracts/tiles';
import type { Database, Db } from '../db/engine';
import { canEncodeMvt, findDataVersion, findTileBounds, findTileFeatures, findTileMvt } from '../db/repos/tiles.repo';
import type { Language } from '../i18n/language';
import { tileLayerWords } from '../i18n/tile-words';
import { encodeTileInNode } from './tile-encode';

/** Who encoded a tile: PostGIS's ST_AsMVT, or geojson-vt and vt-pbf in Node. Sent as the x-tile-engine header. */
export type TileEngine = 'postgis' | 'node';

// Asked once per database: a server's PostGIS does not gain or lose protobuf while it runs.
const engines = new WeakMap<Database, Promise<TileEngine>>();

export function tileEngineOf(database: Database): Promise<TileEngine> {
  let engine = engines.get(database);
  if (!engine) {
    engine = canEncodeMvt(database.db).then((yes) => (yes ? 'postgis' : 'node'));
    engines.set(database, engine);
  }
  return engine;
}

/** The tile of `layer` at `tile` for `scope` as Node encodes it, on either engine (the comparison test uses it on PostgreSQL). */
export async function buildTileInNode(db: Db, layer: TileLayerId, tile: TileAddress, scope: Scope): Promise<Uint8Array> {
  return encodeTileInNode(layer, await findTileFeatures(db, layer, tile, scope), tile);
}

/** A tile's bytes (empty when no feature of the caller's lands in it) and who encoded them. */
export async function buildTile(database: Database, layer: TileLayerId, tile: TileAddress, scope: Scope, db: Db = database.db): Promise<{ bytes: Uint8Array; engine: TileEngine }> {
  const engine = await tileEngineOf(database);
  const bytes = engine === 'postgis' ? await findTileMvt(db, layer, tile, scope) : await buildTileInNode(db, layer, tile, scope);
  return { bytes, engine };
}

export const tileDataVersion = (db: Db, layer: TileLayerId) => findDataVersion(db, layer);

// The zooms a client draws each layer at: a point or building layer below them would be an unreadable carpet.
const zooms: Record<TileLayerId, { minzoom: number; maxzoom: number }> = {
  incidents: { minzoom: 10, maxzoom: tileMaxZoom },
  // A z16 unit is 15 cm here: deeper zooms draw z16's tiles larger (clients overzoom) and lose no footprint.
  buildings: { minzoom: 12, maxzoom: 16 },
  grids: { minzoom: 8, maxzoom: tileMaxZoom },
};

const fields: Record<TileLayerId, TileJsonVectorLayer['fields']> = {
  incidents: { occurredAt: 'String', categoryCode: 'String', categoryName: 'String', gridCode: 'String' },
  buildings: { code: 'String', name: 'String', address: 'String', gridCode: 'String', floors: 'Number', households: 'Number' },
  grids: { code: 'String', name: 'String', communityCode: 'String', streetCode: 'String' },
};

// Dachuan's urban area, for a TileJSON asked before any grid is published.
const fallbackBounds: TileJson['bounds'] = [107.3, 31.1, 107.7, 31.3];

/** The TileJSON 3.0.0 of a layer; `origin` is the request's own (http://host:port), since clients follow URLs as given. */
export async function describeTileLayer(db: Db, layer: TileLayerId, origin: string, language: Language): Promise<TileJson> {
  const version = await findDataVersion(db, layer);
  const bounds = (await findTileBounds(db)) ?? fallbackBounds;
  const words = tileLayerWords[language][layer];
  const { minzoom, maxzoom } = zooms[layer];
  return {
    tilejson: '3.0.0',
    name: words.name,
    description: words.description,
    scheme: 'xyz',
    tiles: [`${origin}/tiles/${layer}/{z}/{x}/{y}.mvt?v=${encodeURIComponent(version)}`],
    minzoom,
    maxzoom,
    bounds,
    center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, Math.max(minzoom, 14)],
    vector_layers: [{ id: layer, description: words.description, fields: fields[layer], minzoom, maxzoom }],
  };
}

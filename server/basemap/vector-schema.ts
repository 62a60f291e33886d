import type { VectorSchema } from '../../core/contracts/basemap';

/**
 * The vector schema a package's layers follow, which picks the bundled style: OpenMapTiles names its layers
 * transportation, water, place (and transportation_name, water_name, …); Protomaps basemaps names them roads,
 * earth, water, places. Null for any other set of layers.
 */
export function detectVectorSchema(layerIds: readonly string[]): VectorSchema | null {
  const has = (id: string) => layerIds.includes(id);
  if (has('transportation') && has('water') && layerIds.some((id) => id.startsWith('place'))) return 'openmaptiles';
  if (has('roads') && (has('earth') || has('water')) && has('places')) return 'protomaps';
  return null;
}

/** The ids of a TileJSON `vector_layers` array (MBTiles metadata `json`, PMTiles metadata); anything else gives none. */
export function vectorLayerIds(layers: unknown): string[] {
  if (!Array.isArray(layers)) return [];
  return layers.map((l: { id?: unknown } | null) => l?.id).filter((id): id is string => typeof id === 'string');
}

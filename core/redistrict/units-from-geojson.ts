import type { Feature, Geometry } from 'geojson';
import { findFirstKink } from './find-first-kink';
import { RedistrictInputError, type RedistrictUnit } from './types';

export interface UnitFields {
  /** Property holding the unit id (numbers are turned into strings). */
  id: string;
  /** Property holding the balanced weight (a number, or a string of one). */
  weight: string;
  /** Optional properties summed per district. */
  secondary?: string[];
  groupId?: string;
  regionId?: string;
}

/**
 * Units from a parsed GeoJSON value (EPSG:4326): one per feature, Polygon, MultiPolygon or Point. Throws
 * RedistrictInputError naming the problem: not a FeatureCollection, no features, a missing id or a missing or
 * non-numeric weight (with the feature's index), a duplicate id, or an empty, unsupported or self-intersecting
 * geometry (turf.kinks; with the unit's id). Geometries are shared with the input, not copied; input is not mutated.
 */
export function unitsFromGeojson(value: unknown, fields: UnitFields): RedistrictUnit[] {
  const collection = value as { type?: unknown; features?: unknown };
  if (!collection || typeof collection !== 'object' || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new RedistrictInputError('not GeoJSON: expected a FeatureCollection with a features array');
  }
  const features = collection.features as Feature[];
  if (features.length === 0) throw new RedistrictInputError('no features in the FeatureCollection');
  const seen = new Set<string>();
  return features.map((feature, index) => {
    const props = (feature?.properties ?? {}) as Record<string, unknown>;
    const rawId = props[fields.id];
    if (rawId === undefined || rawId === null || rawId === '') {
      throw new RedistrictInputError(`feature ${index} has no id property "${fields.id}"`);
    }
    const id = String(rawId);
    if (seen.has(id)) throw new RedistrictInputError(`feature ${index}: duplicate id ${id}`);
    seen.add(id);
    const weight = readNumber(props, fields.weight, index);
    const unit: RedistrictUnit = { id, weight, geometry: checkGeometry(feature?.geometry, id) };
    if (fields.secondary?.length) {
      unit.secondary = Object.fromEntries(fields.secondary.map((name) => [name, readNumber(props, name, index)]));
    }
    if (fields.groupId && props[fields.groupId] != null) unit.groupId = String(props[fields.groupId]);
    if (fields.regionId && props[fields.regionId] != null) unit.regionId = String(props[fields.regionId]);
    return unit;
  });
}

function readNumber(props: Record<string, unknown>, name: string, index: number): number {
  const raw = props[name];
  if (raw === undefined || raw === null) throw new RedistrictInputError(`feature ${index} has no property "${name}"`);
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(value)) {
    throw new RedistrictInputError(`feature ${index}: property "${name}" is not a number (${JSON.stringify(raw)})`);
  }
  return value;
}

function checkGeometry(geometry: Geometry | null | undefined, id: string): RedistrictUnit['geometry'] {
  if (!geometry) throw new RedistrictInputError(`unit ${id} has an empty geometry`);
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon' && geometry.type !== 'Point') {
    throw new RedistrictInputError(`unit ${id} has a ${geometry.type} geometry: expected Polygon, MultiPolygon or Point`);
  }
  if (geometry.type === 'Point') {
    if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length < 2) throw new RedistrictInputError(`unit ${id} has an empty geometry`);
    return geometry;
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const empty = !Array.isArray(polygons) || polygons.length === 0 ||
    polygons.some((rings) => !Array.isArray(rings) || rings.length === 0 || rings.some((ring) => !Array.isArray(ring) || ring.length < 4));
  if (empty) throw new RedistrictInputError(`unit ${id} has an empty geometry (a ring needs at least 4 positions)`);
  const kink = findFirstKink(geometry);
  if (kink) {
    const at = kink.map((c) => +c.toFixed(6)).join(', ');
    throw new RedistrictInputError(`unit ${id} has a self-intersecting geometry (at ${at})`);
  }
  return geometry;
}

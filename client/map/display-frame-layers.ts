import type { Layer } from '@deck.gl/core';
import type { DisplayFrame } from './display-frame';

type Accessor = (d: unknown, info: unknown) => unknown;

// Position accessors of the layer classes the app draws (Scatterplot, Text, Heatmap, Path, Polygon, Line/Arc).
const POSITION_ACCESSORS = ['getPosition', 'getPath', 'getPolygon', 'getSourcePosition', 'getTargetPosition'] as const;

/** Every [lng, lat(, z)] inside a nested array (a point, a path, rings, polygons) moved into the display frame. */
export function shiftNested(value: unknown, frame: DisplayFrame): unknown {
  if (!Array.isArray(value)) return value;
  if (typeof value[0] === 'number' && typeof value[1] === 'number') {
    const [x, y] = frame.toDisplay([value[0], value[1]]);
    return value.length > 2 ? [x, y, ...value.slice(2)] : [x, y];
  }
  return value.map((v) => shiftNested(v, frame));
}

// Shifted copies are cached by the data they came from, so deck.gl sees the same object while the data is the
// same and does not rebuild its attributes on every render.
const shiftedData = new WeakMap<object, unknown>();

function shiftFeature(f: { geometry?: { coordinates?: unknown } | null }, frame: DisplayFrame): unknown {
  if (!f.geometry || !('coordinates' in f.geometry)) return f;
  // The properties object is kept: picks and tooltips read the same object as before.
  return { ...f, geometry: { ...f.geometry, coordinates: shiftNested(f.geometry.coordinates, frame) } };
}

function shiftGeoJson(data: unknown, frame: DisplayFrame): unknown {
  if (!data || typeof data !== 'object') return data;
  const cached = shiftedData.get(data);
  if (cached) return cached;
  let out: unknown = data;
  if (Array.isArray(data)) out = data.map((f) => shiftFeature(f, frame));
  else if ((data as { type?: string }).type === 'FeatureCollection') {
    const fc = data as { features: { geometry?: { coordinates?: unknown } | null }[] };
    out = { ...fc, features: fc.features.map((f) => shiftFeature(f, frame)) };
  } else if ((data as { type?: string }).type === 'Feature') out = shiftFeature(data as never, frame);
  shiftedData.set(data, out);
  return out;
}

interface BinaryData {
  length: number;
  attributes: { getPosition?: { value: ArrayLike<number>; size: number } };
}

function shiftBinary(data: BinaryData, frame: DisplayFrame): BinaryData {
  const cached = shiftedData.get(data);
  if (cached) return cached as BinaryData;
  const { value, size } = data.attributes.getPosition!;
  const out = new Float64Array(value.length);
  for (let i = 0; i < value.length; i += size) {
    const [x, y] = frame.toDisplay([value[i], value[i + 1]]);
    out[i] = x;
    out[i + 1] = y;
    for (let k = 2; k < size; k++) out[i + k] = value[i + k];
  }
  const shifted = { ...data, attributes: { ...data.attributes, getPosition: { ...data.attributes.getPosition!, value: out } } };
  shiftedData.set(data, shifted);
  return shifted;
}

const wrappedAccessors = new WeakMap<Accessor, Accessor>();

function wrapAccessor(accessor: Accessor, frame: DisplayFrame): Accessor {
  let wrapped = wrappedAccessors.get(accessor);
  if (!wrapped) {
    wrapped = (d, info) => shiftNested(accessor(d, info), frame);
    wrappedAccessors.set(accessor, wrapped);
  }
  return wrapped;
}

/**
 * The layer drawn in `frame` (GCJ-02 over a GCJ-02 base map): GeoJSON and binary positions are copied shifted,
 * position accessors return shifted positions. The layer's own data is not mutated; with an unshifted frame the
 * layer is returned as it is. Layers stay plain functions of WGS-84 data; only the map shell calls this.
 */
export function shiftLayerToFrame(layer: Layer, frame: DisplayFrame): Layer {
  if (!frame.shifted) return layer;
  const props = layer.props as unknown as Record<string, unknown>;
  const change: Record<string, unknown> = {};
  const data = props.data as unknown;
  const isGeoJsonLayer = (layer.constructor as { layerName?: string }).layerName === 'GeoJsonLayer';
  if (isGeoJsonLayer) change.data = shiftGeoJson(data, frame);
  else if (data && typeof data === 'object' && 'attributes' in (data as object) && (data as BinaryData).attributes.getPosition) {
    change.data = shiftBinary(data as BinaryData, frame);
  }
  // A GeoJsonLayer reads positions from its features alone; binary data carries them in its attributes.
  for (const name of isGeoJsonLayer ? [] : POSITION_ACCESSORS) {
    const accessor = props[name];
    if (typeof accessor === 'function' && !(name === 'getPosition' && change.data)) {
      change[name] = wrapAccessor(accessor as Accessor, frame);
    } else if (Array.isArray(accessor)) change[name] = shiftNested(accessor, frame);
  }
  return Object.keys(change).length > 0 ? layer.clone(change) : layer;
}

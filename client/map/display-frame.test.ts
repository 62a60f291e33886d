import { ScatterplotLayer } from '@deck.gl/layers';
import { GeoJsonLayer } from '@deck.gl/layers';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { boundsToDisplay, createDisplayFrame } from './display-frame';
import { shiftLayerToFrame, shiftNested } from './display-frame-layers';

const metres = (a: number[], b: number[]) => Math.hypot((a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 110_574);
const gcj = createDisplayFrame('gcj02');
const wgs = createDisplayFrame('wgs84');
const centre: [number, number] = [107.5, 31.21];

describe('the display frame', () => {
  it('round-trips every point of the district (107.2–107.8 E, 30.9–31.5 N) through GCJ-02 within 1 m', () => {
    let worst = 0;
    for (let lng = 107.2; lng <= 107.8; lng += 0.02) {
      for (let lat = 30.9; lat <= 31.5; lat += 0.02) worst = Math.max(worst, metres(gcj.toData(gcj.toDisplay([lng, lat])), [lng, lat]));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('moves a point in Dachuan by the ~500 m of GCJ-02, as gcoord does', () => {
    const shifted = gcj.toDisplay(centre);
    expect(shifted).toEqual(gcoord.transform(centre, gcoord.WGS84, gcoord.GCJ02));
    expect(metres(shifted, centre)).toBeGreaterThan(400);
    expect(metres(shifted, centre)).toBeLessThan(700);
  });

  it('leaves WGS 84 and CGCS2000 as they are', () => {
    expect(wgs.toDisplay(centre)).toBe(centre);
    expect(createDisplayFrame('cgcs2000').toData(centre)).toBe(centre);
    expect(createDisplayFrame('cgcs2000').shifted).toBe(false);
  });

  it('shifts a box by its corners', () => {
    const [w, s, e, n] = boundsToDisplay([107.4, 31.1, 107.6, 31.3], gcj);
    expect([w, s]).toEqual(gcj.toDisplay([107.4, 31.1]));
    expect([e, n]).toEqual(gcj.toDisplay([107.6, 31.3]));
  });
});

describe('layers drawn in the display frame', () => {
  it('shifts positions nested at any depth, keeping a third coordinate', () => {
    const ring = [[[107.5, 31.2, 7], [107.51, 31.2, 7]]];
    const out = shiftNested(ring, gcj) as number[][][];
    expect(out[0][0]).toEqual([...gcj.toDisplay([107.5, 31.2]), 7]);
    expect(ring[0][0]).toEqual([107.5, 31.2, 7]); // not mutated
  });

  it('returns a layer as it is in an unshifted frame', () => {
    const layer = new ScatterplotLayer({ id: 'p', data: [{ p: centre }], getPosition: (d: { p: [number, number] }) => d.p });
    expect(shiftLayerToFrame(layer, wgs)).toBe(layer);
  });

  it('shifts what a position accessor answers, and the same data keeps the same accessor', () => {
    const getPosition = (d: { p: [number, number] }) => d.p;
    const layer = new ScatterplotLayer({ id: 'p', data: [{ p: centre }], getPosition });
    const a = (shiftLayerToFrame(layer, gcj).props as unknown as { getPosition: (d: unknown, i: unknown) => number[] }).getPosition;
    const b = (shiftLayerToFrame(layer.clone({}), gcj).props as unknown as { getPosition: unknown }).getPosition;
    expect(a({ p: centre }, {})).toEqual(gcj.toDisplay(centre));
    expect(b).toBe(a);
  });

  it('copies GeoJSON shifted, keeping each feature\'s properties object, and caches the copy by its source', () => {
    const properties = { code: 'G1' };
    const data = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties, geometry: { type: 'Point' as const, coordinates: centre } }] };
    const layer = new GeoJsonLayer({ id: 'g', data });
    const shifted = shiftLayerToFrame(layer, gcj).props.data as typeof data;
    expect(shifted.features[0].geometry.coordinates).toEqual(gcj.toDisplay(centre));
    expect(shifted.features[0].properties).toBe(properties);
    expect(data.features[0].geometry.coordinates).toBe(centre);
    expect(shiftLayerToFrame(layer.clone({}), gcj).props.data).toBe(shifted);
  });

  it('shifts binary positions into a new array', () => {
    const value = Float64Array.from([107.5, 31.21, 107.51, 31.22]);
    const layer = new ScatterplotLayer({ id: 'b', data: { length: 2, attributes: { getPosition: { value, size: 2 } } } as never });
    const out = (shiftLayerToFrame(layer, gcj).props.data as unknown as { attributes: { getPosition: { value: Float64Array } } }).attributes.getPosition.value;
    expect([out[2], out[3]]).toEqual(gcj.toDisplay([107.51, 31.22]));
    expect(value[0]).toBe(107.5);
  });
});

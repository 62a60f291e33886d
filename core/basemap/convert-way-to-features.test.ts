import { describe, expect, it } from 'vitest';
import { classifyHighway } from './classify-highway';
import { convertPlaceNode } from './convert-place-node';
import { convertWayToFeatures } from './convert-way-to-features';
import { pickNameProperties } from './pick-name-properties';
import type { LngLat } from './types';

const line: LngLat[] = [[7.42, 43.73], [7.421, 43.731]];
const square: LngLat[] = [[7.42, 43.73], [7.421, 43.73], [7.421, 43.731], [7.42, 43.731], [7.42, 43.73]];
const layersOf = (tags: Record<string, string>, coords = line, closed = false) => convertWayToFeatures(tags, coords, closed).map((f) => f.layer);

describe('classifyHighway', () => {
  it('groups OSM highway values into the OpenMapTiles classes', () => {
    const cls = (highway: string) => classifyHighway({ highway })?.class ?? null;
    expect(['motorway', 'trunk', 'primary', 'secondary', 'tertiary'].map(cls)).toEqual(['motorway', 'trunk', 'primary', 'secondary', 'tertiary']);
    expect(['residential', 'unclassified', 'living_street', 'road'].map(cls)).toEqual(['minor', 'minor', 'minor', 'minor']);
    expect(['footway', 'steps', 'pedestrian', 'cycleway', 'path'].map(cls)).toEqual(['path', 'path', 'path', 'path', 'path']);
    expect(cls('service')).toBe('service');
    expect(cls('track')).toBe('track');
  });

  it('marks slip roads as ramps of their class', () => {
    expect(classifyHighway({ highway: 'primary_link' })).toEqual({ class: 'primary', subclass: 'primary_link', ramp: 1, minzoom: 7 });
  });

  it('leaves out non-roads, roads not built yet and highway areas', () => {
    expect(classifyHighway({ highway: 'construction' })).toBeNull();
    expect(classifyHighway({ highway: 'bus_stop' })).toBeNull();
    expect(classifyHighway({ highway: 'pedestrian', area: 'yes' })).toBeNull();
    expect(classifyHighway({ building: 'yes' })).toBeNull();
  });
});

describe('pickNameProperties', () => {
  it('prefers name:zh for the label and keeps it as name:zh', () => {
    expect(pickNameProperties({ name: 'Monaco', 'name:zh': '摩纳哥' })).toEqual({ name: '摩纳哥', 'name:zh': '摩纳哥' });
  });

  it('falls back to name, and treats blank values as absent', () => {
    expect(pickNameProperties({ name: 'Rue Bosio', 'name:zh': '  ' })).toEqual({ name: 'Rue Bosio' });
    expect(pickNameProperties({})).toEqual({});
    expect(pickNameProperties(undefined)).toEqual({});
  });
});

describe('convertWayToFeatures', () => {
  it('gives a named road a transportation line and a transportation_name line', () => {
    const [road, name] = convertWayToFeatures({ highway: 'secondary', name: 'Boulevard Albert 1er', oneway: 'yes', bridge: 'yes', layer: '1' }, line, false);
    expect(road).toMatchObject({ layer: 'transportation', minzoom: 9 });
    expect(road.feature.properties).toEqual({ class: 'secondary', subclass: 'secondary', brunnel: 'bridge', oneway: 1, layer: 1 });
    expect(name.layer).toBe('transportation_name');
    expect(name.feature.properties).toEqual({ class: 'secondary', subclass: 'secondary', brunnel: 'bridge', name: 'Boulevard Albert 1er' });
  });

  it('gives an unnamed road no name feature, but a numbered one gets its ref', () => {
    expect(layersOf({ highway: 'residential' })).toEqual(['transportation']);
    const [, named] = convertWayToFeatures({ highway: 'motorway', ref: 'A8' }, line, false);
    expect(named.feature.properties).toMatchObject({ ref: 'A8' });
  });

  it('turns rivers, canals and streams into waterway lines with their names', () => {
    const [river] = convertWayToFeatures({ waterway: 'river', name: '州河', intermittent: 'yes' }, line, false);
    expect(river).toMatchObject({ layer: 'waterway', minzoom: 8 });
    expect(river.feature.properties).toEqual({ class: 'river', name: '州河', intermittent: 1 });
    expect(layersOf({ waterway: 'ditch' })).toEqual([]);
  });

  it('makes polygons of closed water, landcover and building ways only', () => {
    expect(layersOf({ natural: 'water' }, square, true)).toEqual(['water']);
    expect(layersOf({ natural: 'water' }, square, false)).toEqual([]);
    expect(layersOf({ landuse: 'reservoir' }, square, true)).toEqual(['water']);
    expect(layersOf({ waterway: 'riverbank' }, square, true)).toEqual(['water']);
    expect(layersOf({ building: 'no' }, square, true)).toEqual([]);
    expect(layersOf({ leisure: 'park', name: 'Jardin Exotique' }, square, true)).toEqual(['landcover']);
    const [beach] = convertWayToFeatures({ natural: 'beach' }, square, true);
    expect(beach.feature.properties).toEqual({ class: 'sand', subclass: 'beach' });
    const [building] = convertWayToFeatures({ building: 'yes', 'building:levels': '5' }, square, true);
    expect(building).toMatchObject({ layer: 'building', minzoom: 13 });
    expect(building.feature.properties).toEqual({ render_height: 18.3, render_min_height: 0 });
    expect(building.feature.geometry).toEqual({ type: 'Polygon', coordinates: [square] });
  });

  it('gives nothing for a way with fewer than two vertices or no tags', () => {
    expect(layersOf({ highway: 'primary' }, [[7.42, 43.73]])).toEqual([]);
    expect(convertWayToFeatures(undefined, line, false)).toEqual([]);
  });

  it('does not mutate its input', () => {
    const tags = { highway: 'primary', name: 'x' };
    const coords = structuredClone(square);
    convertWayToFeatures(tags, coords, true);
    expect(tags).toEqual({ highway: 'primary', name: 'x' });
    expect(coords).toEqual(square);
  });
});

describe('convertPlaceNode', () => {
  it('makes a place point of a named town, city, suburb…', () => {
    const place = convertPlaceNode({ type: 'node', id: 1, lon: 7.42, lat: 43.73, tags: { place: 'suburb', name: 'La Condamine' } });
    expect(place?.feature).toEqual({ type: 'Feature', properties: { class: 'suburb', name: 'La Condamine', rank: 4 }, geometry: { type: 'Point', coordinates: [7.42, 43.73] } });
  });

  it('skips unnamed places and other place kinds', () => {
    expect(convertPlaceNode({ type: 'node', id: 1, lon: 0, lat: 0, tags: { place: 'town' } })).toBeNull();
    expect(convertPlaceNode({ type: 'node', id: 1, lon: 0, lat: 0, tags: { place: 'islet', name: 'x' } })).toBeNull();
  });
});

import { booleanPointInPolygon, point } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildSeaPolygons } from './build-sea-polygons';
import { clipLineToBbox } from './clip-line-to-bbox';
import type { Bbox, LngLat } from './types';

const box: Bbox = [0, 0, 10, 10];
const isSea = (sea: MultiPolygon | null, p: LngLat) => sea !== null && booleanPointInPolygon(point(p), sea);

describe('clipLineToBbox', () => {
  it('cuts a line where it leaves and re-enters the box, ending parts on the edge', () => {
    expect(clipLineToBbox([[-5, 5], [5, 5], [5, 15], [8, 15], [8, 5]], box)).toEqual([[[0, 5], [5, 5], [5, 10]], [[8, 10], [8, 5]]]);
  });

  it('gives nothing for a line wholly outside', () => {
    expect(clipLineToBbox([[20, 20], [30, 30]], box)).toEqual([]);
  });
});

describe('buildSeaPolygons', () => {
  it('puts the sea on the right of a coastline crossing the box (land on its left)', () => {
    const eastward = buildSeaPolygons([[[-1, 5], [11, 5]]], [], box); // land north, sea south
    expect(isSea(eastward, [5, 2])).toBe(true);
    expect(isSea(eastward, [5, 8])).toBe(false);
    const westward = buildSeaPolygons([[[11, 5], [-1, 5]]], [], box);
    expect(isSea(westward, [5, 8])).toBe(true);
    expect(isSea(westward, [5, 2])).toBe(false);
  });

  it('turns a corner: a bay in the south-east corner', () => {
    const sea = buildSeaPolygons([[[5, -1], [5, 5], [11, 5]]], [], box); // heading north then east: sea south-east
    expect(isSea(sea, [8, 2])).toBe(true);
    expect(isSea(sea, [2, 2])).toBe(false);
    expect(isSea(sea, [8, 8])).toBe(false);
  });

  it('moves the ends of a coastline the extract cut short inside the box onto the nearest edge', () => {
    const sea = buildSeaPolygons([[[0.5, 5], [9.5, 5]]], [], box);
    expect(isSea(sea, [5, 2])).toBe(true);
    expect(isSea(sea, [5, 8])).toBe(false);
  });

  it('makes islands holes in the sea, and the whole box sea when there are only islands', () => {
    const island: LngLat[] = [[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]]; // counter-clockwise: land inside
    const withCoast = buildSeaPolygons([[[-1, 5], [11, 5]]], [island], box);
    expect(isSea(withCoast, [3, 3])).toBe(false);
    expect(isSea(withCoast, [6, 3])).toBe(true);
    const alone = buildSeaPolygons([], [island], box);
    expect(isSea(alone, [8, 8])).toBe(true);
    expect(isSea(alone, [3, 3])).toBe(false);
  });

  it('gives null without coastline in the box', () => {
    expect(buildSeaPolygons([], [], box)).toBeNull();
    expect(buildSeaPolygons([[[20, 20], [30, 30]]], [], box)).toBeNull();
  });
});

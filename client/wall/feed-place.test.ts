import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CommunityProperties, StreetProperties } from '../api/feature-types';
import { feedPlace, type Gazetteer } from './feed-place';

const square = (x: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, 31], [x + 0.1, 31], [x + 0.1, 31.1], [x, 31.1], [x, 31]]] });
const street = (code: string, name: string, x: number): Feature<Polygon, StreetProperties> =>
  ({ type: 'Feature', properties: { code, name, kind: 'street', urban: true }, geometry: square(x) });
const community = (code: string, name: string, shortName: string, streetCode: string, x: number): Feature<Polygon, CommunityProperties> =>
  ({ type: 'Feature', properties: { code, name, shortName, streetCode, kind: 'community', urban: true }, geometry: square(x) });

const gazetteer: Gazetteer = {
  grids: new Map([
    ['511703006002003', { name: '梧桐梁社区第3网格', communityCode: 'C1', streetCode: 'S1' }],
    ['511703006002004', { name: '第4网格', communityCode: 'C1', streetCode: 'S1' }],
  ]),
  communities: [community('C1', '梧桐梁社区居民委员会', '梧桐梁社区', 'S1', 107), community('C2', '石梯村民委员会', '石梯村', 'T1', 108)],
  streets: [street('S1', '三里坪街道', 107), street('T1', '石梯镇', 108)],
};

describe('feedPlace', () => {
  it('names a grid\'s incident by street and grid name, never by code', () => {
    expect(feedPlace({ gridCode: '511703006002003', lng: 107.05, lat: 31.05 }, gazetteer)).toEqual({ street: '三里坪街道', place: '梧桐梁社区第3网格' });
  });
  it('leads a grid name that does not say its community with the community', () => {
    expect(feedPlace({ gridCode: '511703006002004', lng: 107.05, lat: 31.05 }, gazetteer).place).toBe('梧桐梁社区第4网格');
  });
  it('places an incident outside the known grids by the community and town holding it', () => {
    expect(feedPlace({ gridCode: null, lng: 108.05, lat: 31.05 }, gazetteer)).toEqual({ street: '石梯镇', place: '石梯村' });
    expect(feedPlace({ gridCode: '511703999999999', lng: 108.05, lat: 31.05 }, gazetteer)).toEqual({ street: '石梯镇', place: '石梯村' });
  });
  it('answers empty names where nothing holds the point', () => {
    expect(feedPlace({ gridCode: null, lng: 110, lat: 31.05 }, gazetteer)).toEqual({ street: '', place: '' });
  });
});

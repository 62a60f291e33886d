import { describe, expect, it } from 'vitest';
import { patrolFileName } from './patrol-files';

describe('export file names', () => {
  it('name the station, window, mode and day in ASCII', () => {
    expect(patrolFileName({ stationCode: 'PS01', window: { start: '19:00', end: '23:00' }, mode: 'foot' }, '2026-03-10', 'gpx')).toBe(
      'PS01-patrol-1900-2300-foot-20260310.gpx',
    );
  });

  it('say "point" for a start picked on the map', () => {
    expect(patrolFileName({ stationCode: null, window: { start: '22:00', end: '02:00' }, mode: 'car' }, '2026-03-14', 'geojson')).toBe(
      'point-patrol-2200-0200-car-20260314.geojson',
    );
  });
});

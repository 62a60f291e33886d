import type { PatrolCandidateView, PatrolPlanAnswer } from '../../../core/contracts/patrol';

// A small plan as POST /api/patrol/plan answers it (shape of test/api/patrol.test.ts), for the pure modules' tests.

const station: [number, number] = [107.5, 31.2];

export const fixtureCandidates: PatrolCandidateView[] = [
  {
    id: 'cell-10-12',
    kind: 'hotspot',
    name: null,
    lngLat: [107.502, 31.201],
    risk: 2.375,
    mandatory: false,
    incidents: 19,
    z: 4.1,
    hotspotClass: 'hot-99',
    polygon: [[107.5012, 31.2003], [107.5028, 31.2003], [107.5028, 31.2017], [107.5012, 31.2017], [107.5012, 31.2003]],
  },
  { id: 'KP03', kind: 'key_place', name: '达川中学 <南门>', lngLat: [107.505, 31.203], risk: 1.5, mandatory: true, keyPlaceKind: 'school', peakOverlapMin: 180, window: { openMin: 0, closeMin: 120 } },
  { id: 'cell-11-12', kind: 'hotspot', name: null, lngLat: [107.507, 31.199], risk: 1.25, mandatory: false, hotspotClass: 'hot-95', polygon: [] },
  { id: 'KP07', kind: 'key_place', name: '火车站', lngLat: [107.53, 31.22], risk: 1, mandatory: false, window: { openMin: 60, closeMin: 200 } },
  { id: 'cell-40-40', kind: 'hotspot', name: null, lngLat: [107.6, 31.3], risk: 0.5, mandatory: false, hotspotClass: 'hot-90', polygon: [] },
];

export const fixturePlan: PatrolPlanAnswer = {
  start: { stationCode: 'PS01', name: '城区派出所', lngLat: station },
  window: { start: '19:00', end: '23:00' },
  weekdays: [1, 2, 3, 4, 5],
  mode: 'foot',
  budgetMin: 90,
  dwellMin: 5,
  hotspots: 'forecast',
  stops: [
    { id: 'cell-10-12', kind: 'hotspot', name: null, lngLat: [107.502, 31.201], risk: 2.375, mandatory: false, arrival: '19:04', departure: '19:09', arrivalMin: 4.2, departureMin: 9.2, waitMin: 0 },
    { id: 'KP03', kind: 'key_place', name: '达川中学 <南门>', lngLat: [107.505, 31.203], risk: 1.5, mandatory: true, arrival: '19:14', departure: '19:21', arrivalMin: 14.1, departureMin: 21.1, waitMin: 2 },
    { id: 'cell-11-12', kind: 'hotspot', name: null, lngLat: [107.507, 31.199], risk: 1.25, mandatory: false, arrival: '19:28', departure: '19:33', arrivalMin: 28, departureMin: 33, waitMin: 0 },
  ],
  geometry: {
    type: 'LineString',
    coordinates: [station, [107.502, 31.2], [107.502, 31.201], [107.505, 31.201], [107.505, 31.203], [107.507, 31.203], [107.507, 31.199], [107.5, 31.199], station],
  },
  distanceKm: 3.4567,
  minutes: 61.02,
  coveredRisk: 5.125,
  method: 'road network (TypeScript Dijkstra)',
  dropped: [{ id: 'cell-40-40', code: 'off_road', distanceM: 612, limitM: 500, reason: '离最近的道路 612 米，超过 500 米' }],
  candidates: fixtureCandidates,
};

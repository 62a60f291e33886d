import type { SavedPatrolRoute } from '../../core/contracts/patrol';
import type { TestClient } from './test-database';

/**
 * A saved patrol route for /ogc tests (the seed has none): a short line from a station, saved through /api/patrol/routes
 * as `client`, so it is scoped as a real one. The caller deletes it (deletePatrolRouteFixture) when done.
 */
export async function savePatrolRouteFixture(client: TestClient, stationCode: string, at: [number, number], name: string): Promise<SavedPatrolRoute> {
  const [lng, lat] = at;
  const plan = {
    // One stop: a route without any is refused on save.
    stops: [{ id: 'fixture-stop', risk: 1, mandatory: false, arrival: '19:03', departure: '19:04', arrivalMin: 3, departureMin: 4, waitMin: 0, kind: 'hotspot', name: `${name}停靠点`, lngLat: [lng + 0.002, lat + 0.001] }],
    distanceKm: 0.4, minutes: 6, coveredRisk: 1, method: 'fixture', dropped: [],
    geometry: { type: 'LineString', coordinates: [[lng, lat], [lng + 0.002, lat + 0.001], [lng + 0.003, lat + 0.003]] },
  };
  const body = {
    stationCode, name, assignedTo: `station:${stationCode}`, plan,
    window: { start: '19:00', end: '21:00' }, weekdays: [1, 2, 3, 4, 5], mode: 'foot', budgetMin: 60, dwellMin: 5,
  };
  const res = await client.request('/api/patrol/routes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`saving the patrol route fixture answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as SavedPatrolRoute;
}

export async function deletePatrolRouteFixture(client: TestClient, id: string): Promise<void> {
  const res = await client.request(`/api/patrol/routes/${id}`, { method: 'DELETE' });
  if (res.status !== 204) throw new Error(`deleting the patrol route fixture answered ${res.status}`);
}

import { describe, expect, it } from 'vitest';
import type { FieldToday } from '../../../core/contracts/field';
import { checkInOffer, checkInPlaces, geofenceCheckIn, type CheckInPatrol } from './check-in-places';

// Near 达川区: 0.001° of latitude is about 111 m. officer01's 今日: a route of hot-spot stops (no key place among them)
// and a key place elsewhere; 和平新村2栋附近 is the stop the phone offered, 1,339 m away, with no patrol running.
const stop = (index: number, name: string, lat: number, keyPlaceCode: string | null = null) => ({
  index, name, keyPlaceCode, position: [107.5, lat] as [number, number], arrival: null, departure: null,
});
const today: Pick<FieldToday, 'routes' | 'keyPlaces'> = {
  routes: [
    { id: 'r1', name: '第1警格 晚间巡线', assignedName: '第1警格', window: { start: '19:00', end: '21:00' }, stops: [stop(0, '滨江小区1栋附近', 31.2), stop(1, '和平新村2栋附近', 31.201), stop(2, '东门小学', 31.202, 'KP01')] },
    { id: 'r2', name: '第2警格 晚间巡线', assignedName: '第2警格', window: { start: '19:00', end: '21:00' }, stops: [stop(0, '玉兰美邸1栋附近', 31.21)] },
  ],
  keyPlaces: [
    { code: 'KP01', name: '东门小学', position: [107.5, 31.202] },
    { code: 'KP02', name: '达川区人民医院', position: [107.5, 31.22] },
  ],
};
const onRoute1: CheckInPatrol = { id: 'p1', routeId: 'r1' };
const freePatrol: CheckInPatrol = { id: 'p2', routeId: null };
const at = (lat: number, accuracyM = 5) => ({ lngLat: [107.5, lat] as [number, number], accuracyM });
const places = (patrol: CheckInPatrol | null) => checkInPlaces(today, patrol);

describe('checkInOffer', () => {
  it('offers no route stop that is not a key place without a patrol: it says a patrol must be started on its route', () => {
    const offer = checkInOffer(places(null), at(31.201), null, 50);
    expect(offer).toMatchObject({ kind: 'needs-patrol', place: { name: '和平新村2栋附近', stop: { routeName: '第1警格 晚间巡线' } } });
  });

  it('says so too during a patrol on no route; during one on another route lists that route’s stops only', () => {
    expect(checkInOffer(places(freePatrol), at(31.201), freePatrol, 50).kind).toBe('needs-patrol');
    const other: CheckInPatrol = { id: 'p3', routeId: 'r2' };
    expect(checkInOffer(places(other), at(31.21), other, 50)).toMatchObject({ kind: 'offer', place: { name: '玉兰美邸1栋附近' } });
    expect(checkInOffer(places(other), at(31.201), other, 50)).toMatchObject({ kind: 'offer', place: { keyPlaceCode: 'KP01' }, inRange: false });
  });

  it('offers the stop during a patrol on its route, in range at the stop', () => {
    expect(checkInOffer(places(onRoute1), at(31.201), onRoute1, 50)).toMatchObject({ kind: 'offer', inRange: true, place: { name: '和平新村2栋附近' } });
  });

  it('offers a key place without a patrol, once, whether or not it is a stop of a route', () => {
    expect(checkInOffer(places(null), at(31.2021), null, 50)).toMatchObject({ kind: 'offer', inRange: true, place: { keyPlaceCode: 'KP01' } });
    expect(places(null).filter((p) => p.keyPlaceCode === 'KP01')).toHaveLength(1);
    expect(checkInOffer(places(null), at(31.2199), null, 50)).toMatchObject({ kind: 'offer', place: { name: '达川区人民医院', stop: null } });
  });

  it('prefers a key place in range to a nearer stop it cannot take, and says far when out of range', () => {
    expect(checkInOffer(places(null), at(31.2017, 3), null, 50)).toMatchObject({ kind: 'offer', place: { keyPlaceCode: 'KP01' }, inRange: true });
    expect(checkInOffer(places(null), at(31.2005), null, 50)).toMatchObject({ kind: 'needs-patrol' });
    expect(checkInOffer(places(onRoute1), at(31.1875), onRoute1, 50)).toMatchObject({ kind: 'offer', place: { name: '滨江小区1栋附近' }, inRange: false });
  });

  it('offers nothing without a fix or without places', () => {
    expect(checkInOffer(places(null), null, null, 50)).toEqual({ kind: 'none' });
    expect(checkInOffer([], at(31.2), null, 50)).toEqual({ kind: 'none' });
  });
});

describe('geofenceCheckIn', () => {
  it('names the key place or the stop of the patrol’s route in every check-in it offers, so the server never lacks one', () => {
    for (const patrol of [null, freePatrol, onRoute1]) {
      for (let lat = 31.195; lat <= 31.225; lat += 0.0005) {
        const offer = checkInOffer(places(patrol), at(lat), patrol, 50);
        if (offer.kind !== 'offer') continue;
        const body = geofenceCheckIn(offer.place, patrol, at(lat), 'id', '2026-12-06T11:00:00.000Z')!;
        expect(body.keyPlaceCode !== undefined || body.stopIndex !== undefined, `${offer.place.name} with ${patrol?.routeId ?? 'no patrol'}`).toBe(true);
      }
    }
  });

  it('sends a stop’s index only on the patrol’s own route, with the patrol, and a key place’s code always', () => {
    const [hot, , school] = places(onRoute1);
    expect(geofenceCheckIn(hot, onRoute1, at(31.2), 'a', 't')).toMatchObject({ patrolId: 'p1', stopIndex: 0, method: 'geofence' });
    expect(geofenceCheckIn(school, onRoute1, at(31.202), 'b', 't')).toMatchObject({ patrolId: 'p1', stopIndex: 2, keyPlaceCode: 'KP01' });
    const schoolAlone = geofenceCheckIn(places(null).find((p) => p.keyPlaceCode === 'KP01')!, null, at(31.202), 'c', 't')!;
    expect(schoolAlone.keyPlaceCode).toBe('KP01');
    expect('patrolId' in schoolAlone || 'stopIndex' in schoolAlone).toBe(false);
  });

  it('makes no body for a stop it cannot take (was sent, and refused: 请指明签到的必到点…)', () => {
    const hot = places(null).find((p) => p.name === '和平新村2栋附近')!;
    expect(geofenceCheckIn(hot, null, at(31.201), 'd', 't')).toBeNull();
    expect(geofenceCheckIn(hot, freePatrol, at(31.201), 'e', 't')).toBeNull();
  });

  it('does not mutate 今日', () => {
    const copy = structuredClone(today);
    places(onRoute1);
    expect(today).toEqual(copy);
  });
});

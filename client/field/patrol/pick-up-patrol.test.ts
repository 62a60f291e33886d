import { describe, expect, it } from 'vitest';
import type { FieldPatrol } from '../../../core/contracts/field';
import { patrolToPickUp, startWasRefused, type CurrentPatrol } from './pick-up-patrol';

const open: FieldPatrol = {
  id: 'p1', username: 'worker001', force: 'grid', routeId: 'r1', routeName: '晚间巡逻', startedAt: '2026-12-04T11:57:36.000Z', endedAt: null,
};
const mine: CurrentPatrol = { id: 'p2', routeId: null, routeName: null, startedAt: '2026-12-04T12:00:00.000Z' };

describe('patrolToPickUp', () => {
  it('takes up the server’s open patrol on a phone that knows of none', () => {
    expect(patrolToPickUp(null, open, false)).toEqual({ id: 'p1', routeId: 'r1', routeName: '晚间巡逻', startedAt: '2026-12-04T11:57:36.000Z' });
  });

  it('keeps the phone’s own patrol, and picks up nothing when none is open or its end is still queued here', () => {
    expect(patrolToPickUp(mine, open, false)).toBeNull();
    expect(patrolToPickUp(null, null, false)).toBeNull();
    expect(patrolToPickUp(null, { ...open, endedAt: '2026-12-04T13:00:00.000Z' }, false)).toBeNull();
    expect(patrolToPickUp(null, open, true)).toBeNull();
  });
});

describe('startWasRefused', () => {
  it('is true only for a refused start of the phone’s own patrol', () => {
    expect(startWasRefused(mine, [{ id: 'p2', kind: 'patrol-start' }])).toBe(true);
    expect(startWasRefused(mine, [{ id: 'p2:end', kind: 'patrol-end' }, { id: 'p1', kind: 'patrol-start' }])).toBe(false);
    expect(startWasRefused(null, [{ id: 'p2', kind: 'patrol-start' }])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { FieldPatrol } from '../../../core/contracts/field';
import { patrolToPickUp, startWasRefused, wasEndedHere, withEnded, type CurrentPatrol } from './pick-up-patrol';

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

describe('wasEndedHere', () => {
  it('holds for a patrol whose end is queued, or was sent from this phone and not refused', () => {
    expect(wasEndedHere('p1', [], true, [])).toBe(true);
    // The end already sent and gone from the queue while the server's answer still named the patrol open.
    expect(wasEndedHere('p1', ['p0', 'p1'], false, [])).toBe(true);
    expect(wasEndedHere('p1', ['p0'], false, [])).toBe(false);
    // The server refused that end: the patrol is still open there, and the phone shows it to end it again.
    expect(wasEndedHere('p1', ['p1'], false, [{ id: 'p1:end' }])).toBe(false);
  });
});

describe('withEnded', () => {
  it('keeps the last ten ended ids, newest last, each once', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `p${i}`).reduce<string[]>((list, id) => withEnded(list, id), []);
    expect(ids).toEqual(['p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'p11']);
    expect(withEnded(['a', 'b'], 'a')).toEqual(['b', 'a']);
  });
});

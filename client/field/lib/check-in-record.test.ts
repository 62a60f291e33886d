import { describe, expect, it } from 'vitest';
import { findStandingCheckIn, settleCheckInRecords, type CheckInRecord } from './check-in-record';

const waiting = (id: string): CheckInRecord => ({ id, name: '和平新村2栋附近', at: '2026-12-06T11:00:00.000Z', state: 'waiting' });

describe('settleCheckInRecords', () => {
  it('keeps a queued check-in waiting, not 已记录, while it is in the queue', () => {
    const records = [waiting('a')];
    expect(settleCheckInRecords(records, { pendingIds: ['a'], refused: [] })).toBe(records);
  });

  it('marks a check-in the server refused as refused', () => {
    const [a] = settleCheckInRecords([waiting('a')], { pendingIds: [], refused: [{ id: 'a' }] });
    expect(a.state).toBe('refused');
  });

  it('marks a check-in that left the queue without a refusal as sent', () => {
    const [a] = settleCheckInRecords([waiting('a')], { pendingIds: ['b'], refused: [{ id: 'c' }] });
    expect(a.state).toBe('sent');
  });

  it('keeps a refusal once the person dismissed it from 未能上传', () => {
    const refused = settleCheckInRecords([waiting('a')], { pendingIds: [], refused: [{ id: 'a' }] });
    expect(settleCheckInRecords(refused, { pendingIds: [], refused: [] })[0].state).toBe('refused');
  });

  it('does not mutate the records', () => {
    const records = [waiting('a')];
    settleCheckInRecords(records, { pendingIds: [], refused: [] });
    expect(records[0].state).toBe('waiting');
  });
});

describe('a check-in that stands at a place', () => {
  const at = (id: string, placeKey: string | undefined, state: CheckInRecord['state']): CheckInRecord => ({ ...waiting(id), state, ...(placeKey ? { placeKey } : {}) });

  it('is this phone’s newest one there, waiting or taken, so that no second one is offered', () => {
    const records = [at('b', 'r1:2', 'sent'), at('a', 'r1:2', 'waiting'), at('q', undefined, 'sent')];
    expect(findStandingCheckIn(records, 'r1:2')?.id).toBe('b');
    expect(findStandingCheckIn([at('a', 'r1:2', 'waiting')], 'r1:2')?.id).toBe('a');
  });

  it('is none where the server refused it (the place may be tried again) or at another place', () => {
    expect(findStandingCheckIn([at('a', 'r1:2', 'refused')], 'r1:2')).toBeUndefined();
    expect(findStandingCheckIn([at('a', 'r1:3', 'sent')], 'r1:2')).toBeUndefined();
  });
});

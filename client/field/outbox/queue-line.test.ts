import { describe, expect, it } from 'vitest';
import type { RefusedItem } from './outbox-item';
import { queueLine } from './queue-line';

const refusedCheckIn: RefusedItem = {
  id: 'c1', kind: 'check-in', path: '/api/field/check-ins', body: {}, label: '签到 · 扫码点', createdAt: '2026-12-04T11:57:36.000Z',
  attempts: 0, nextAttemptMs: 0, status: 422, message: '二维码：不是本系统打印的必到点二维码', refusedAt: '2026-12-04T11:57:37.000Z',
};

describe('queueLine', () => {
  it('counts the writes waiting', () => {
    expect(queueLine({ pending: 3, refused: [] })).toEqual({ kind: 'pending', count: 3 });
    expect(queueLine({ pending: 1, refused: [refusedCheckIn] })).toEqual({ kind: 'pending', count: 1 });
  });

  it('says all was sent only when nothing waits and nothing was refused', () => {
    expect(queueLine({ pending: 0, refused: [] })).toEqual({ kind: 'all-sent' });
    expect(queueLine({ pending: 0, refused: [refusedCheckIn] })).toEqual({ kind: 'none' });
  });
});

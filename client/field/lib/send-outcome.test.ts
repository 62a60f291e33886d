import { describe, expect, it } from 'vitest';
import { classifySend, retryDelayMs } from './send-outcome';

describe('classifySend', () => {
  it('removes a write the server stored or had already stored', () => {
    expect(classifySend({ status: 201 })).toEqual({ kind: 'sent' });
    expect(classifySend({ status: 200 })).toEqual({ kind: 'sent' });
  });

  it('moves a refused write (4xx) aside with the server message', () => {
    expect(classifySend({ status: 400, message: '签到点不在巡逻路线上' })).toEqual({ kind: 'refused', status: 400, message: '签到点不在巡逻路线上' });
    expect(classifySend({ status: 403 })).toEqual({ kind: 'refused', status: 403, message: 'HTTP 403' });
  });

  it('keeps a write queued on a server error, no answer, a lost session or a rate limit', () => {
    expect(classifySend({ status: 500 })).toEqual({ kind: 'retry' });
    expect(classifySend({ status: 503 })).toEqual({ kind: 'retry' });
    expect(classifySend({ networkError: true })).toEqual({ kind: 'retry' });
    expect(classifySend({ status: 401 })).toEqual({ kind: 'retry' });
    expect(classifySend({ status: 429 })).toEqual({ kind: 'retry' });
    expect(classifySend({ status: 403, code: 'csrf', message: '会话已更新' })).toEqual({ kind: 'retry' });
  });
});

describe('retryDelayMs', () => {
  it('doubles from 5 s and stops at 5 minutes', () => {
    expect([0, 1, 2, 3].map((a) => retryDelayMs(a))).toEqual([5000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(7)).toBe(300_000);
    expect(retryDelayMs(1000)).toBe(300_000);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { reportOutcome, type WallContact } from './wall-contact';

const contact = (): WallContact => ({ heard: vi.fn(), unauthorized: vi.fn(), lastHeardMs: () => null });

describe('reportOutcome: what a wall request tells the page', () => {
  it('counts an answer as contact with the server', () => {
    const c = contact();
    reportOutcome(c);
    expect(c.heard).toHaveBeenCalledTimes(1);
    expect(c.unauthorized).not.toHaveBeenCalled();
  });

  it('reports a 401 as a refused session, with the server’s words', () => {
    const c = contact();
    reportOutcome(c, new ApiError(401, 'unauthenticated', '请先登录', { error: 'unauthenticated', message: '请先登录' }));
    expect(c.unauthorized).toHaveBeenCalledWith('请先登录');
    reportOutcome(c, new ApiError(401, 'http_401', '401 Unauthorized'));
    expect(c.unauthorized).toHaveBeenLastCalledWith(null);
    expect(c.heard).not.toHaveBeenCalled();
  });

  it('leaves other failures (server down, 500) to the retry, and counts them as no contact', () => {
    const c = contact();
    reportOutcome(c, new TypeError('Failed to fetch'));
    reportOutcome(c, new ApiError(500, 'internal', '服务器内部错误'));
    expect(c.unauthorized).not.toHaveBeenCalled();
    expect(c.heard).not.toHaveBeenCalled();
  });
});

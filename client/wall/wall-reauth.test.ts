import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { NoStoredToken, WallReauth, type WallAccess } from './wall-reauth';

/** A renewal the test settles by hand, and the accesses the wall went through. */
function setUp() {
  let settle: { resolve: () => void; reject: (e: unknown) => void } | undefined;
  const renew = vi.fn(() => new Promise<void>((resolve, reject) => (settle = { resolve, reject })));
  const seen: WallAccess[] = [];
  const reauth = new WallReauth(renew, (a) => seen.push(a));
  const settled = () => new Promise((r) => setTimeout(r, 0));
  return { reauth, renew, seen, settle: () => settle!, settled };
}

const refused = new ApiError(401, 'login_failed', '大屏令牌无效或已吊销，请联系管理员重新发放', { error: 'login_failed', message: '大屏令牌无效或已吊销，请联系管理员重新发放' });

describe('WallReauth: a wall whose session is refused', () => {
  it('signs in again once with its token, however many requests were refused, and goes on showing its figures', async () => {
    const { reauth, renew, seen, settle, settled } = setUp();
    reauth.unauthorized('请先登录');
    reauth.unauthorized('请先登录');
    reauth.unauthorized('登录已失效（已退出、过期、被停用或令牌已吊销），实时推送已停止，请重新登录');
    expect(renew).toHaveBeenCalledTimes(1);
    settle().resolve();
    await settled();
    expect(seen).toEqual([{ kind: 'renewing' }, { kind: 'ok' }]);
    // Reaching SESSION_MAX_HOURS again, hours later, is met the same way.
    reauth.unauthorized('请先登录');
    expect(renew).toHaveBeenCalledTimes(2);
  });

  it('has lost access, in the server’s words, when its token is refused too, and tries no more', async () => {
    const { reauth, renew, settle, settled } = setUp();
    reauth.unauthorized('请先登录');
    settle().reject(refused);
    await settled();
    expect(reauth.current).toEqual({ kind: 'lost', message: '大屏令牌无效或已吊销，请联系管理员重新发放', person: false });
    reauth.unauthorized('请先登录');
    expect(renew).toHaveBeenCalledTimes(1);
    expect(reauth.current.kind).toBe('lost');
  });

  it('has lost access with the refusal’s words when it has no token to sign in with, as a person’s session (who signs in with a password)', async () => {
    const { reauth, settle, settled } = setUp();
    reauth.unauthorized('登录已失效（已退出、过期、被停用或令牌已吊销），实时推送已停止，请重新登录');
    settle().reject(new NoStoredToken());
    await settled();
    expect(reauth.current).toEqual({ kind: 'lost', message: '登录已失效（已退出、过期、被停用或令牌已吊销），实时推送已停止，请重新登录', person: true });
  });

  it('keeps the wall when the server could not be reached to sign in again, and tries on the next refusal', async () => {
    const { reauth, renew, settle, settled } = setUp();
    reauth.unauthorized(null);
    settle().reject(new TypeError('Failed to fetch'));
    await settled();
    expect(reauth.current).toEqual({ kind: 'ok' });
    reauth.unauthorized(null);
    expect(renew).toHaveBeenCalledTimes(2);
  });
});

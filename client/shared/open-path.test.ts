import { afterEach, describe, expect, it, vi } from 'vitest';
import { followInApp } from './open-path';

const click = (more: Partial<{ button: number; ctrlKey: boolean }> = {}) => ({
  button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, preventDefault: vi.fn(), ...more,
});

describe('followInApp', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows a plain click in place: no page load, the path pushed, the app told, beforeFollow first', () => {
    const pushState = vi.fn();
    const dispatchEvent = vi.fn();
    vi.stubGlobal('window', { location: { pathname: '/', search: '' }, history: { pushState }, dispatchEvent });
    vi.stubGlobal('PopStateEvent', class { constructor(readonly type: string) {} });
    const order: string[] = [];
    const e = click();
    followInApp('/residents?q=%E5%BC%A0', () => order.push('before'))(e);
    expect(e.preventDefault).toHaveBeenCalledOnce();
    expect(order).toEqual(['before']);
    expect(pushState).toHaveBeenCalledWith(null, '', '/residents?q=%E5%BC%A0');
    expect(dispatchEvent).toHaveBeenCalledOnce();
  });

  it('leaves a click for a new tab or window, or a middle click, to the browser', () => {
    const before = vi.fn();
    for (const e of [click({ ctrlKey: true }), click({ button: 1 })]) {
      followInApp('/', before)(e);
      expect(e.preventDefault).not.toHaveBeenCalled();
    }
    expect(before).not.toHaveBeenCalled();
  });
});

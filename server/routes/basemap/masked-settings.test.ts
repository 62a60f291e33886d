import { describe, expect, it } from 'vitest';
import { maskSettings, tokenMask, unmaskSettings } from './masked-settings';

const inUse = {
  kind: 'wmts' as const,
  crs: 'cgcs2000' as const,
  url: 'http://t0.tianditu.gov.cn/vec_w/wmts?LAYER=vec&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={token}',
  labelUrl: 'http://t0.tianditu.gov.cn/cva_w/wmts?LAYER=cva&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=secret-in-url',
  token: 'secret-token',
};

describe('the settings an administrator sees', () => {
  it('masks the token and a key written into a URL, and leaves a {token} placeholder', () => {
    const shown = maskSettings(inUse);
    expect(shown.token).toBe(tokenMask);
    expect(shown.url).toBe(inUse.url);
    expect(shown.labelUrl).toContain(`tk=${tokenMask}`);
    expect(JSON.stringify(shown)).not.toContain('secret');
  });

  it('does not change the settings it is given', () => {
    const copy = structuredClone(inUse);
    maskSettings(inUse);
    expect(inUse).toEqual(copy);
  });

  it('keeps the token and the URLs in use when a PUT sends the masked values back', () => {
    const asked = { ...maskSettings(inUse), attribution: '天地图' };
    expect(unmaskSettings(asked, inUse)).toEqual({ ...inUse, attribution: '天地图' });
  });

  it('takes a new token when one is typed', () => {
    expect(unmaskSettings({ ...maskSettings(inUse), token: 'another' }, inUse).token).toBe('another');
  });
});

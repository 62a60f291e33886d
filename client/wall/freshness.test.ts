import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { freshnessLabel, freshnessOf, staleNotice } from './freshness';
import { StaleNotice } from './StaleNotice';
import { WallHeader } from './WallHeader';
import { wallText } from './wall-messages';

const t = wallText('zh-CN');
const heard = Date.parse('2026-03-06T10:02:03+08:00');

describe('freshnessOf', () => {
  it('says when the figures were last updated, in Beijing time, while that was within two minutes', () => {
    const f = freshnessOf(heard, heard + 119_000);
    expect(f).toEqual({ kind: 'fresh', at: '10:02:03' });
    expect(freshnessLabel(f, t)).toBe('数据更新于 10:02:03');
  });

  it('marks them stale past two minutes, counting whole minutes', () => {
    expect(freshnessOf(heard, heard + 121_000)).toEqual({ kind: 'stale', at: '10:02:03', minutes: 2 });
    const f = freshnessOf(heard, heard + 68_000 + 5 * 60_000);
    expect(f).toMatchObject({ kind: 'stale', minutes: 6 });
    expect(freshnessLabel(f, t)).toBe('数据已 6 分钟未更新');
    expect(freshnessLabel(f, wallText('en'))).toBe('No update for 6 min');
  });

  it('says nothing before the first answer', () => {
    expect(freshnessOf(null, heard)).toEqual({ kind: 'waiting' });
    expect(freshnessLabel({ kind: 'waiting' }, t)).toBe('');
  });
});

describe('the wall header', () => {
  const header = (lastHeardMs: number) =>
    renderToStaticMarkup(createElement(WallHeader, { t, language: 'zh-CN', demo: false, connection: 'reconnecting', lastHeardMs: () => lastHeardMs }));

  it('shows when the figures were last updated', () => {
    expect(header(Date.now() - 5_000)).toMatch(/data-testid="wall-freshness" data-state="fresh">数据更新于 \d\d:\d\d:\d\d</);
  });

  it('marks the figures stale in amber once the server has been silent for minutes', () => {
    const html = header(Date.now() - 3 * 60_000 - 5_000);
    expect(html).toContain('class="wall-freshness wall-freshness-stale"');
    expect(html).toContain('数据已 3 分钟未更新');
  });
});

describe('the stale notice across the wall', () => {
  it('says how long and the time of the figures still shown, in Chinese first, only once they are stale', () => {
    expect(staleNotice(freshnessOf(heard, heard + 121_000), t)).toBe('数据已 2 分钟未更新（最后更新 10:02:03）');
    expect(staleNotice(freshnessOf(heard, heard + 119_000), t)).toBeNull();
    expect(staleNotice(freshnessOf(null, heard), t)).toBeNull();
    expect(staleNotice(freshnessOf(heard, heard + 121_000), wallText('en'))).toBe('No update for 2 min (last update 10:02:03)');
  });

  it('stands on the wall while the server has not answered for longer than the threshold, and not before', () => {
    const notice = (agoMs: number) => renderToStaticMarkup(createElement(StaleNotice, { lastHeardMs: () => Date.now() - agoMs, t }));
    expect(notice(3 * 60_000 + 5_000)).toMatch(/data-testid="wall-stale-notice"[^>]*>数据已 3 分钟未更新（最后更新 \d\d:\d\d:\d\d）</);
    expect(notice(60_000)).toBe('');
  });
});

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CategoryNames } from './category-name';
import type { FeedItem } from './feed';
import { FeedPanel } from './FeedPanel';
import { wallText, type WallLanguage } from './wall-messages';

const items: FeedItem[] = [
  { id: 60977, occurredAt: '2026-03-06T10:00:00+08:00', categoryCode: 'LOST_PERSON', gridCode: 'G1', lng: 107.5, lat: 31.2, recordedAt: '2026-03-06T10:00:40+08:00', externalId: 'J5117032026030610000012' },
  { id: 60976, occurredAt: '2026-03-06T09:59:00+08:00', categoryCode: 'THEFT_PICK', gridCode: 'G1', lng: 107.5, lat: 31.2, recordedAt: '2026-03-06T09:59:30+08:00', externalId: null },
];
const now = Date.parse('2026-03-06T10:02:00+08:00');
const feed = (names: CategoryNames, rows = items, language: WallLanguage = 'zh-CN') =>
  renderToStaticMarkup(createElement(FeedPanel, {
    items: rows, freshIds: new Set<number>(), names, placeOf: () => ({ street: '三里坪街道', place: '南山社区第1网格' }), nowMs: now, language, t: wallText(language),
  }));

describe('FeedPanel', () => {
  it('shows no category code while the names are loading, only the rows’ time, number and place', () => {
    const html = feed(new Map());
    expect(html).not.toMatch(/LOST_PERSON|THEFT_PICK/);
    expect(html).toContain('>J5117032026030610000012</span>');
    expect(html).toContain('南山社区第1网格');
  });

  it('shows a call’s 接警单号, and no number at all for one that came without: never the database’s id', () => {
    const html = feed(new Map());
    const withNumber = html.slice(html.indexOf('wall-feed-item-60977'), html.indexOf('wall-feed-item-60976'));
    const without = html.slice(html.indexOf('wall-feed-item-60976'));
    expect(withNumber).toContain('data-testid="wall-feed-number"');
    expect(without).not.toContain('wall-feed-number');
    expect(html).not.toMatch(/#?6097[67]</);
  });

  it('names each category once the names have loaded', () => {
    const html = feed(new Map([['LOST_PERSON', { zh: '走失人员', en: 'Missing person' }], ['THEFT_PICK', { zh: '扒窃', en: 'Pickpocketing' }]]));
    expect(html).toContain('>走失人员</span>');
    expect(html).toContain('>扒窃</span>');
  });

  it('shows today’s rows by their time alone, with no date and no 补录', () => {
    const html = feed(new Map());
    expect(html).toContain('>10:00:00</span>');
    expect(html).not.toMatch(/wall-feed-date|wall-feed-late|补录/);
  });

  it('dates a back-dated report that just arrived and tags it 补录, so the room does not read it as now', () => {
    const late: FeedItem = { ...items[0], id: 60978, occurredAt: '2026-03-03T14:05:00+08:00', recordedAt: '2026-03-06T10:01:30+08:00' };
    const html = feed(new Map([['LOST_PERSON', { zh: '走失人员', en: 'Missing person' }]]), [late, ...items]);
    const row = html.slice(html.indexOf('wall-feed-item-60978'), html.indexOf('wall-feed-item-60977'));
    expect(row).toContain('>3月3日</span><span class="wall-feed-time">14:05:00</span>');
    expect(row).toMatch(/>补录<\/span>走失人员<\/span>/);
    const english = feed(new Map([['LOST_PERSON', { zh: '走失人员', en: 'Missing person' }]]), [late], 'en');
    expect(english).toContain('>3 Mar</span>');
    expect(english).toContain('>Late report</span>Missing person');
  });
});

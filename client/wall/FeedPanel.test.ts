import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CategoryNames } from './category-name';
import type { FeedItem } from './feed';
import { FeedPanel } from './FeedPanel';
import { wallText } from './wall-messages';

const items: FeedItem[] = [
  { id: 60977, occurredAt: '2026-03-06T10:00:00+08:00', categoryCode: 'LOST_PERSON', gridCode: 'G1', lng: 107.5, lat: 31.2 },
  { id: 60976, occurredAt: '2026-03-06T09:59:00+08:00', categoryCode: 'THEFT_PICK', gridCode: 'G1', lng: 107.5, lat: 31.2 },
];
const feed = (names: CategoryNames) =>
  renderToStaticMarkup(createElement(FeedPanel, {
    items, freshIds: new Set<number>(), names, placeOf: () => ({ street: '三里坪街道', place: '南山社区第1网格' }), language: 'zh-CN', t: wallText('zh-CN'),
  }));

describe('FeedPanel', () => {
  it('shows no category code while the names are loading, only the rows’ time, number and place', () => {
    const html = feed(new Map());
    expect(html).not.toMatch(/LOST_PERSON|THEFT_PICK/);
    expect(html).toContain('#60977');
    expect(html).toContain('南山社区第1网格');
  });

  it('names each category once the names have loaded', () => {
    const html = feed(new Map([['LOST_PERSON', { zh: '走失人员', en: 'Missing person' }], ['THEFT_PICK', { zh: '扒窃', en: 'Pickpocketing' }]]));
    expect(html).toContain('>走失人员</span>');
    expect(html).toContain('>扒窃</span>');
  });
});

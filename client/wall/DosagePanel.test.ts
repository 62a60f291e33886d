import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { WallDosage } from '../../core/contracts/dosage';
import { DosagePanel } from './DosagePanel';
import { wallText } from './wall-messages';

const dosage: WallDosage = {
  at: '2026-12-03T10:00:00Z',
  presentWithinMin: 5,
  patrolling: { police: 4, grid: 3 },
  present: [{ id: 'KP01', name: '达川中学', kind: 'key_place', lngLat: [107.5, 31.2], radiusM: 50, police: 1, grid: 2 }],
  uncovered: [{ id: 'cell-3-4', name: '星河城1栋附近', kind: 'hotspot', lngLat: [107.51, 31.21], peak: { from: '18:00', to: '20:00' } }],
};

describe('DosagePanel', () => {
  it('shows the units on patrol split by force, how many are at the places, and the places by name, in Chinese', () => {
    const html = renderToStaticMarkup(createElement(DosagePanel, { dosage, language: 'zh-CN', t: wallText('zh-CN') }));
    expect(html).toContain('巡防态势');
    expect(html).toContain('<b>7</b>巡逻中');
    expect(html).toContain('<b>4</b>民警');
    expect(html).toContain('<b>3</b>网格员');
    expect(html).toContain('在热点或重点部位（近 5 分钟） <b data-testid="wall-dosage-at-places">3</b>');
    expect(html).toContain('达川中学');
    expect(html).toContain('高峰时段无人巡');
    expect(html).toContain('星河城1栋附近');
    expect(html).toContain('18:00–20:00');
  });

  it('is English throughout on an English wall, but for the places’ names', () => {
    const html = renderToStaticMarkup(createElement(DosagePanel, { dosage, language: 'en', t: wallText('en') }));
    expect(html.replace(/达川中学|星河城1栋附近/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(html).toContain('At peak, nobody there');
  });

  it('says so when nobody is at a hot spot, and still counts the units out on patrol', () => {
    const html = renderToStaticMarkup(createElement(DosagePanel, { dosage: { ...dosage, present: [], uncovered: [] }, language: 'zh-CN', t: wallText('zh-CN') }));
    expect(html).toContain('暂无单位在热点或重点部位');
    expect(html).toContain('<b>7</b>巡逻中');
    expect(html).toContain('在热点或重点部位（近 5 分钟） <b data-testid="wall-dosage-at-places">0</b>');
    expect(html).toContain('处于高峰的热点均有人巡');
  });
});

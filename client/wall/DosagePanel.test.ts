import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { WallDosage } from '../../core/contracts/dosage';
import { DosagePanel } from './DosagePanel';
import { wallText } from './wall-messages';

const dosage: WallDosage = {
  at: '2026-12-03T10:00:00Z',
  presentWithinMin: 5,
  present: [{ id: 'KP01', name: '达川中学', kind: 'key_place', lngLat: [107.5, 31.2], radiusM: 50, police: 1, grid: 2 }],
  uncovered: [{ id: 'cell-3-4', name: '星河城1栋附近', kind: 'hotspot', lngLat: [107.51, 31.21], peak: { from: '18:00', to: '20:00' } }],
};

describe('DosagePanel', () => {
  it('shows the units present split by force, and the places by name, in Chinese', () => {
    const html = renderToStaticMarkup(createElement(DosagePanel, { dosage, language: 'zh-CN', t: wallText('zh-CN') }));
    expect(html).toContain('巡防态势');
    expect(html).toContain('<b>3</b>在场单位');
    expect(html).toContain('<b>1</b>民警');
    expect(html).toContain('<b>2</b>网格员');
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

  it('says so when nobody is at a hot spot', () => {
    const html = renderToStaticMarkup(createElement(DosagePanel, { dosage: { ...dosage, present: [], uncovered: [] }, language: 'zh-CN', t: wallText('zh-CN') }));
    expect(html).toContain('暂无单位在热点或重点部位');
    expect(html).toContain('处于高峰的热点均有人巡');
  });
});

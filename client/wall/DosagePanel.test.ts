import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { WallDosage } from '../../core/contracts/dosage';
import { DosagePanel } from './DosagePanel';
import { MapLegend } from './MapControls';
import { wallText, type WallLanguage } from './wall-messages';

const dosage: WallDosage = {
  at: '2026-12-03T10:00:00Z',
  presentWithinMin: 5,
  patrolling: { police: 4, grid: 3 },
  atPlaces: { police: 1, grid: 2 },
  present: [{ id: 'KP01', name: '达川中学', kind: 'key_place', lngLat: [107.5, 31.2], radiusM: 50, police: 1, grid: 2 }],
  uncovered: [{ id: 'cell-3-4', name: '星河城1栋附近', kind: 'hotspot', lngLat: [107.51, 31.21], peak: { from: '18:00', to: '20:00' } }],
  atPeak: 2,
};

const render = (d: WallDosage, language: WallLanguage = 'zh-CN') =>
  renderToStaticMarkup(createElement(DosagePanel, { dosage: d, language, t: wallText(language) }));

describe('DosagePanel', () => {
  it('shows the units on patrol split by force, how many are at the places, and the places by name, in Chinese', () => {
    const html = render(dosage);
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
    const many = { ...dosage, present: [0, 1, 2].map((i) => ({ ...dosage.present[0], id: `KP0${i}` })) };
    const html = render(many, 'en');
    expect(html.replace(/达川中学|星河城1栋附近/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(html).toContain('At peak, nobody there');
    expect(html).toContain('2 more');
  });

  it('says so when nobody is at a hot spot, and still counts the units out on patrol', () => {
    const html = render({ ...dosage, atPlaces: { police: 0, grid: 0 }, present: [], uncovered: [] });
    expect(html).toContain('暂无单位在热点或重点部位');
    expect(html).toContain('<b>7</b>巡逻中');
    expect(html).toContain('在热点或重点部位（近 5 分钟） <b data-testid="wall-dosage-at-places">0</b>');
    expect(html).toContain('处于高峰的地点均有人巡');
  });

  it('says nothing is at its peak when nothing is, rather than that every place at its peak is covered', () => {
    const html = render({ ...dosage, uncovered: [], atPeak: 0 });
    expect(html).toContain('此刻没有处于高峰的地点');
    expect(html).not.toContain('均有人巡');
  });

  it('shows the server’s count of distinct units at the places, not the sum over places that overlap', () => {
    // One officer where a hot cell and a key place overlap: both rows list him, the figure counts him once.
    const overlap: WallDosage = {
      ...dosage,
      patrolling: { police: 1, grid: 0 },
      atPlaces: { police: 1, grid: 0 },
      present: [
        { id: 'cell-3-4', name: '星河城1栋附近', kind: 'hotspot', lngLat: [107.51, 31.21], police: 1, grid: 0 },
        { id: 'KP01', name: '达川中学', kind: 'key_place', lngLat: [107.51, 31.21], radiusM: 50, police: 1, grid: 0 },
      ],
    };
    expect(render(overlap)).toContain('<b data-testid="wall-dosage-at-places">1</b>');
  });

  it('says how many more places there are when a list is cut, in its last line: no list takes more than two', () => {
    const places = ['达川中学', '星河城', '西外广场', '火车站', '汽车站', '人民公园'].map((name, i) => ({ ...dosage.present[0], id: `KP0${i}`, name }));
    const cells = [1, 2, 3].map((i) => ({ ...dosage.uncovered[0], id: `cell-${i}` }));
    const html = render({ ...dosage, present: places, uncovered: cells });
    expect(html).toContain('达川中学');
    expect(html).not.toContain('<li>星河城 ');
    expect([...html.matchAll(/data-testid="wall-dosage-more">([^<]*)</g)].map((m) => m[1])).toEqual(['另有 5 处', '另有 2 处']);
    expect([...html.matchAll(/<ul[^>]*>(.*?)<\/ul>/g)].map((m) => m[1].split('<li').length - 1)).toEqual([2, 2]);
    // Two fit whole, without a line for more.
    const two = render({ ...dosage, uncovered: cells.slice(0, 2) });
    expect(two).not.toContain('wall-dosage-more');
    expect(render(dosage)).not.toContain('wall-dosage-more');
  });

  it('says plainly that this account sees no unit positions, and the legend lists no unit dots then', () => {
    const t = wallText('zh-CN');
    const legend = (positionsShown: boolean) => renderToStaticMarkup(createElement(MapLegend, { view: 'grids', measure: 'coverage', hour: null, windowDays: 28, noData: false, language: 'zh-CN', t, positionsShown }));
    expect(legend(false)).toContain('本账号无权查看单位位置，地图不显示巡逻单位');
    expect(legend(true)).not.toContain('wall-legend-no-positions');
    expect(legend(false)).not.toMatch(/巡逻民警|巡逻网格员/);
    expect(legend(true)).toContain('巡逻民警');
    expect(legend(true)).toContain('巡逻网格员');
  });
});

import { describe, expect, it } from 'vitest';
import { wordDrop } from './patrol-plan.service';

describe('why a patrol candidate was left out, as the server words it', () => {
  it('is Chinese first, with the figures, and English when asked', () => {
    expect(wordDrop('zh-CN', { id: 'cell-1-1', code: 'off_road', distanceM: 612, limitM: 500 })).toBe('离最近的道路 612 米，超过 500 米');
    expect(wordDrop('en', { id: 'cell-1-1', code: 'off_road', distanceM: 612, limitM: 500 })).toBe('612 m from the nearest road (limit 500 m)');
    expect(wordDrop('zh-CN', { id: 'kp-1', code: 'unreachable' })).toBe('从起点无法沿道路到达');
    expect(wordDrop('zh-CN', { id: 'kp-1', code: 'no_return' })).toBe('从此处无法沿道路返回起点');
  });
});

import { describe, expect, it } from 'vitest';
import type { ForecastSelection } from '../../core/contracts/analysis';
import { createTranslator } from '../i18n/messages';
import { describeForecastSelection } from './forecast-selection-label';

const selection: ForecastSelection = {
  chosen: { method: 'recency-blend', settings: { halfLifeDays: 7, recentShare: 0.5, nearDays: 4, farDays: 2 }, pai: 18.6123, pei: 0.7641 },
  priorCounts: { method: 'prior-counts', settings: {}, pai: 17.1, pei: 0.7 },
  kde: { method: 'kde', settings: { bandwidthM: 75 }, pai: 17.9612, pei: 0.73 },
  plainKde: { method: 'kde', settings: { bandwidthM: 75 }, pai: 17.9612, pei: 0.73 },
  folds: 3,
  coverage: 0.01,
};

describe('the forecast legend’s method line', () => {
  it('names the chosen method in Chinese first, with its validation PAI and the baselines’', () => {
    const { text, title } = describeForecastSelection(createTranslator('zh-CN'), selection);
    expect(text).toBe('预测方法：近期加权邻域平滑（选模型时的 PAI：本方法 18.61，上期计数 17.10，KDE 17.96）');
    expect(title).toContain('3 段滚动验证');
    expect(title).toContain('0.76');
  });

  it('names the self-exciting model and the stack in Chinese first', () => {
    const zh = createTranslator('zh-CN');
    const etas = { method: 'etas', settings: { decayDays: 7, triggerSigmaCells: 0.5, backgroundSigmaCells: 4 }, pai: 18.7, pei: 0.77 } as const;
    expect(describeForecastSelection(zh, { ...selection, chosen: etas }).text).toBe('预测方法：自激点过程（ETAS）（选模型时的 PAI：本方法 18.70，上期计数 17.10，KDE 17.96）');
    const stack = { method: 'stack', settings: { 'kde.weight': 0.25, 'kde.bandwidthM': 76, 'etas.weight': 0.75 }, pai: 18.8, pei: 0.78 } as const;
    expect(describeForecastSelection(zh, { ...selection, chosen: stack }).text).toMatch(/^预测方法：集成预测/);
    expect(describeForecastSelection(createTranslator('en'), { ...selection, chosen: etas }).text).toContain('self-exciting point process (ETAS)');
  });

  it('reads in English, and shows a dash for a figure no fold could give', () => {
    const { text } = describeForecastSelection(createTranslator('en'), { ...selection, chosen: { method: 'prior-counts', settings: {}, pai: null, pei: null }, folds: 0 });
    expect(text).toBe('Forecast method: prior counts (PAI when chosen: this method –, prior counts 17.10, KDE 17.96)');
  });
});

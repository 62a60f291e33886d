import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { AutoPlanPanel, type AutoPlanPanelProps } from './AutoPlanPanel';

function render(overrides: Partial<AutoPlanPanelProps> = {}): string {
  const props: AutoPlanPanelProps = {
    bandText: ['300', '500'], onBandText: () => {}, bandValid: true, seedText: '1', onSeedText: () => {}, seedValid: true,
    lockedCount: 0, gridCount: 4, compliant: false, redrawAll: true, onRedrawAll: () => {}, run: { status: 'idle' } as AutoPlanPanelProps['run'],
    onRun: () => {}, onCancel: () => {}, disabled: false, ...overrides,
  };
  return renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(AutoPlanPanel, props) }));
}

const autoButton = (html: string) => /<button[^>]*data-testid="planner-auto"[^>]*>/.exec(html)![0];

describe('AutoPlanPanel', () => {
  it('says there is nothing to redraw when every grid is locked, and offers no run (a click did nothing, silently)', () => {
    const html = render({ lockedCount: 4 });
    expect(html).toContain('全部 4 个网格都已锁定，没有可重新划分的网格：先解锁要重划的网格。');
    expect(autoButton(html)).toContain('disabled');
  });

  it('runs with some grids locked, saying they stay', () => {
    const html = render({ lockedCount: 3 });
    expect(html).toContain('3 个锁定网格保持不变');
    expect(autoButton(html)).not.toContain('disabled');
  });

  it('warns that a full redraw of a plan already within the rules moves many buildings, and only then', () => {
    const warning = '现行网格都在户数范围内且连续：全部重划会让许多楼栋改变网格';
    expect(render({ compliant: true })).toContain(warning);
    expect(render({ compliant: true, redrawAll: false })).not.toContain(warning);
    expect(render({ compliant: false })).not.toContain(warning);
  });

  it('drops a finished run’s outcome while the band beside it is refused (it spoke of the old band)', () => {
    const run = { status: 'done', mode: 'all', withinTarget: true, flagged: 0, redrawn: 4, pieces: 1, seconds: 0.3 } as AutoPlanPanelProps['run'];
    const outcome = '全部网格在户数范围内';
    expect(render({ run })).toContain(outcome);
    expect(render({ run })).toContain('已完成 1 / 1 片');
    const refused = render({ run, bandText: ['600', '500'], bandValid: false });
    expect(refused).toContain('户数范围须为整数，且最少户数小于最多户数。');
    expect(refused).not.toContain(outcome);
    expect(refused).not.toContain('已完成 1 / 1 片');
  });
});

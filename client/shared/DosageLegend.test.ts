import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { DosageLegend } from './DosageLegend';

const render = (period: 'last-24h' | 'analysis') =>
  renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(DosageLegend, { period }) }));

describe('the dosage legend', () => {
  it('says which stretch of time its classes cover: the map’s last 24 hours, or the analysis period', () => {
    expect(render('last-24h')).toContain('统计时段：近24小时');
    expect(render('analysis')).toContain('统计时段：所选时段（最长取最近 31 天）');
  });
});

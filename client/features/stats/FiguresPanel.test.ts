import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../core/contracts/summary';
import { describeMeasure, type MeasureKey } from '../../../core/measures/glossary';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/messages';
import { FiguresPanel } from './FiguresPanel';

const summary: Summary = {
  jurisdiction: { level: 'district', names: [], bbox: null }, demo: true, anchor: null,
  residents: 247_560, households: 86_012, partyMembers: 0, compounds: 0, buildings: 0, grids: 208, gridLeaders: 208,
  policeGridLeaders: 31, beats: 0, stations: 0, keyPlaces: 0, incidentsLast7d: 0, incidentsLast30d: 0, incidentsLast365d: 0,
  disputesOpen: 0, activities: {}, grades: {},
};

const render = (language: Language) =>
  renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: language, children: createElement(FiguresPanel, { summary, incidentsInPeriod: 57, periodLabel: language === 'en' ? 'Last 12 months' : '近12个月' }) }));

/** The lines of the ⓘ tooltip inside the figure `testId`, markup stripped. */
function tooltipOf(html: string, testId: string): string[] {
  const figure = html.split(`data-testid="${testId}"`)[1]?.split('data-testid=')[0] ?? '';
  const decode = (s: string) => s.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...figure.matchAll(/<span class="measure-tip-line">([^<]*)<\/span>/g)].map((m) => decode(m[1]));
}

const figures: [string, MeasureKey[]][] = [
  ['figure-residents', ['residents']],
  ['figure-households', ['households']],
  ['figure-grids', ['grids']],
  ['figure-police-grid-leaders', ['policeGridLeaders', 'gridLeaders']],
  ['figure-incidents', ['incidents']],
];

describe('the map’s figures panel', () => {
  it('gives every figure an ⓘ whose tooltip is the glossary’s words for what it counts and over which period', () => {
    const html = render('zh-CN');
    for (const [testId, measures] of figures) {
      expect(tooltipOf(html, testId), testId).toEqual(measures.map((m) => describeMeasure(m, 'zh-CN')));
    }
    expect((html.match(/class="measure-info"/g) ?? []).length).toBe(figures.length);
  });

  it('names the period the incidents figure counts, which the heat’s period sets, not the glossary’s 30 days', () => {
    const figure = (html: string) => html.split('data-testid="figure-incidents"')[1];
    expect(figure(render('zh-CN'))).toMatch(/>警情（近12个月）</);
    expect(figure(render('en'))).toMatch(/>Incidents \(Last 12 months\)</);
  });

  it('names residents as the glossary does (实有人口, not 常住人口)', () => {
    const html = render('zh-CN');
    expect(html).toContain('实有人口');
    expect(html).not.toContain('常住人口');
  });

  it('speaks English in its names and tooltips when English is chosen', () => {
    const html = render('en');
    for (const [testId, measures] of figures) {
      expect(tooltipOf(html, testId), testId).toEqual(measures.map((m) => describeMeasure(m, 'en')));
    }
    expect(html).not.toMatch(/实有人口|户数|网格数/);
  });
});

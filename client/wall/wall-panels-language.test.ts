import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { WallSummary } from '../../core/contracts/wall';
import { describeMeasure, glossary } from '../../core/measures/glossary';
import { IncidentsPanel } from './IncidentsPanel';
import { MapControls, MapLegend } from './MapControls';
import { MatrixPanel } from './MatrixPanel';
import { DisputesPanel, GradesPanel, VerificationPanel, WorkPanel } from './StatusPanels';
import { WallHeader } from './WallHeader';
import { wallText, type WallLanguage } from './wall-messages';

// Issue 12: an English wall is English throughout, its figures' tooltips included (the glossary's words).

const summary: WallSummary = {
  generatedAt: '2026-12-02T04:00:00Z',
  incidents: { today: 12, sameDayLastWeek: 10, last7d: 80, previous7d: 90, byCategory: [{ code: '0101', last7d: 5, previous7d: 3 }] },
  disputes: { open: 14, overdue: 3, escalatedThisWeek: 2 },
  work: [{ kind: 'population_check', thisMonth: 4, thisYear: 40 }],
  verification: { districtCoverage: 0.61, worstGrids: [{ code: '511703001001001', name: '翠屏社区第1网格', coverage: 0.2 }] },
  grades: { round: '2026-09/10', counts: { good: 3, fair: 4, average: 2, poor: 1 } },
  hourWeekday: Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 1)),
  recent: [],
};
const names = new Map([['0101', { zh: '盗窃', en: 'Theft' }]]);

function panels(language: WallLanguage): Record<string, ReactElement> {
  const t = wallText(language);
  return {
    header: createElement(WallHeader, { t, language, demo: true, connection: 'live', lastHeardMs: () => Date.now() }),
    staleHeader: createElement(WallHeader, { t, language, demo: true, connection: 'reconnecting', lastHeardMs: () => Date.now() - 5 * 60_000 }),
    incidents: createElement(IncidentsPanel, { incidents: summary.incidents, names, language, t }),
    disputes: createElement(DisputesPanel, { disputes: summary.disputes, language, t }),
    work: createElement(WorkPanel, { work: summary.work, t }),
    verification: createElement(VerificationPanel, { verification: summary.verification, language, t }),
    grades: createElement(GradesPanel, { grades: summary.grades, language, t }),
    matrix: createElement(MatrixPanel, { matrix: summary.hourWeekday, language, t }),
    legend: createElement(MapLegend, { view: 'grids', measure: 'coverage', hour: null, windowDays: 28, noData: true, language, t, positionsShown: true }),
    controls: createElement(MapControls, {
      view: 'grids', onView: () => {}, measure: 'coverage', onMeasure: () => {}, heat: { windowDays: 28, hour: null, playing: false }, onHeat: () => {}, language, t,
    }),
  };
}

const titlesOf = (html: string) => [...html.matchAll(/title="([^"]*)"/g)].map((m) => m[1].replace(/&#x27;/g, "'").replace(/&amp;/g, '&'));
const han = /\p{Script=Han}/u;

describe('the wall’s panels in the chosen language', () => {
  it('have no Chinese in an English wall, tooltips included', () => {
    for (const [name, element] of Object.entries(panels('en'))) {
      expect(renderToStaticMarkup(element), name).not.toMatch(han);
    }
  });

  it('give each figure the glossary’s English words as its tooltip in an English wall', () => {
    const all = Object.values(panels('en')).map((e) => renderToStaticMarkup(e)).join('');
    const titles = titlesOf(all);
    for (const key of ['incidentsToday', 'incidents', 'incidentsChange', 'openDisputes', 'overdueDisputes', 'escalatedDisputes', 'buildingsVerifiedShare', 'grade', 'maxOpenDisputeRisk', 'households'] as const) {
      expect(titles, key).toContain(describeMeasure(key, 'en'));
    }
  });

  it('give the same figures the Chinese words in a Chinese wall', () => {
    const disputes = renderToStaticMarkup(panels('zh-CN').disputes);
    expect(titlesOf(disputes)).toEqual(['openDisputes', 'overdueDisputes', 'escalatedDisputes'].map((k) => describeMeasure(k as 'openDisputes', 'zh-CN')));
    expect(renderToStaticMarkup(panels('zh-CN').header)).toMatch(/周/);
  });

  it('names the escalated figure for where the disputes went (综治办), as the glossary does, not as disputes reported', () => {
    const zh = renderToStaticMarkup(panels('zh-CN').disputes);
    expect(zh).toContain('本周上报综治办');
    expect(zh).not.toContain('上报纠纷');
    expect(wallText('zh-CN')('disputesEscalated')).toBe(glossary.escalatedDisputes['zh-CN'].name);
    expect(renderToStaticMarkup(panels('en').disputes)).toContain('Escalated to the governance office this week');
  });

  it('names open disputes and the verified share as the glossary does, with the share’s period, as the desktop does', () => {
    expect(renderToStaticMarkup(panels('zh-CN').disputes)).toContain('未结纠纷');
    expect(renderToStaticMarkup(panels('zh-CN').disputes)).not.toContain('在办');
    expect(renderToStaticMarkup(panels('zh-CN').verification)).toContain('全区楼栋核验率（近 90 天）');
    expect(renderToStaticMarkup(panels('en').verification)).toContain('District, buildings verified (last 90 days)');
  });

  it('names the colouring measure in the legend and on its button as the glossary does', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const { legend, controls } = panels(language);
      const name = glossary.buildingsVerifiedShare[language].name;
      expect(renderToStaticMarkup(legend)).toContain(`>${name}</span>`);
      expect(renderToStaticMarkup(controls)).toMatch(new RegExp(`data-testid="wall-measure-coverage"[^>]*>${name}</button>`));
    }
  });
});

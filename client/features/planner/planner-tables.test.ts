import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DockingReport } from '../../../core/contracts/planner';
import { I18nProvider } from '../../i18n/I18nProvider';
import { DockingPanel } from './DockingPanel';
import { GridTable } from './GridTable';
import type { GridRow } from './grid-rows';

// The planner's tables print counts as every other view does (1,071), not as bare digits (1071).

const cellsOf = (element: ReactElement) =>
  [...renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: element })).matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);

describe('the planner’s tables', () => {
  it('print each beat’s households and incidents per officer with thousands separators', () => {
    const report: DockingReport = {
      beats: [{ code: 'B1', grids: ['G1', 'G2', 'G3'], households: 1071, incidents12m: 1094, incidentsPerOfficer: 1094, officers: 1 }],
      splitGrids: [], orphanGrids: [], proposal: {},
    };
    const names = { building: (c: string) => c, grid: (c: string) => c, beat: () => '三里坪派出所第1警格' };
    const cells = cellsOf(createElement(DockingPanel, { report, names, accepted: {}, onAccept: () => {}, disabled: false }));
    expect(cells).toEqual(expect.arrayContaining(['1,071', '1,094']));
    expect(cells).not.toContain('1071');
    expect(cells).not.toContain('1094');
  });

  it('print each grid’s households and residents with thousands separators', () => {
    const row: GridRow = {
      key: 'G1', communityCode: 'C1', households: 1263, residents: 3071, partyMembers: 12, institutionStaff: 3, areaKm2: 0.5, polsbyPopper: 0.6,
      contiguous: true, buildings: 40, deviationPct: 215.75, inBand: false, offending: true, locked: false,
    };
    const cells = cellsOf(createElement(GridTable, {
      rows: [row], communityNames: new Map([['C1', '梧桐梁社区']]), gridName: () => '梧桐梁社区第1网格', middle: 400,
      selectedGrid: null, onSelectGrid: () => {}, onLock: () => {}, disabled: false,
    }));
    expect(cells).toEqual(expect.arrayContaining(['1,263', '3,071']));
    expect(cells).not.toContain('1263');
  });
});

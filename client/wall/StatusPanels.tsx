import { useMemo } from 'react';
import type { WallSummary } from '../../core/contracts/wall';
import { chartText, type EChartsCoreOption } from './echarts-setup';
import { EChart } from './EChart';
import { gradeKeys, gradePalette } from '../map/layers/grid-measure-colours';
import { toCssColour } from '../map/layers/colour-scales';
import { withPeriod } from './MapControls';
import { Figure, Panel } from './Panel';
import { describeMeasure, glossary } from '../../core/measures/glossary';
import type { WallLanguage, WallMessageKey, WallText } from './wall-messages';

const fmt = (n: number) => n.toLocaleString('zh-CN');
const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** Open, overdue and this week's escalated disputes; each figure's tooltip in the wall's language. */
export function DisputesPanel({ disputes, t, language }: { disputes: WallSummary['disputes']; t: WallText; language: WallLanguage }) {
  return (
    <Panel title={t('disputes')} testId="wall-panel-disputes">
      <div className="wall-figures wall-figures-3">
        <Figure label={t('disputesOpen')} value={fmt(disputes.open)} title={describeMeasure('openDisputes', language)} />
        <Figure label={t('disputesOverdue')} value={fmt(disputes.overdue)} tone={disputes.overdue > 0 ? 'alert' : 'ok'} title={describeMeasure('overdueDisputes', language)} />
        <Figure label={t('disputesEscalated')} value={fmt(disputes.escalatedThisWeek)} tone={disputes.escalatedThisWeek > 0 ? 'warn' : undefined} title={describeMeasure('escalatedDisputes', language)} />
      </div>
    </Panel>
  );
}

const workKinds = ['population_check', 'legal_session', 'dispute_helped', 'opinion_collected'] as const;

/** The four counted kinds of grid work, this month and this year. */
export function WorkPanel({ work, t }: { work: WallSummary['work']; t: WallText }) {
  const byKind = new Map(work.map((w) => [w.kind, w]));
  return (
    <Panel title={t('work')} testId="wall-panel-work">
      <table className="wall-table">
        <thead>
          <tr><th /><th>{t('thisMonth')}</th><th>{t('thisYear')}</th></tr>
        </thead>
        <tbody>
          {workKinds.map((k) => (
            <tr key={k} data-testid={`wall-work-${k}`}>
              <th>{t(k as WallMessageKey)}</th>
              <td>{fmt(byKind.get(k)?.thisMonth ?? 0)}</td>
              <td>{fmt(byKind.get(k)?.thisYear ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

/** 一标三实: 楼栋核验率 (the glossary's), district and the five lowest grids. */
export function VerificationPanel({ verification, t, language }: { verification: WallSummary['verification']; t: WallText; language: WallLanguage }) {
  const option = useMemo<EChartsCoreOption>(() => {
    const rows = [...verification.worstGrids].reverse();
    return {
      animation: false,
      textStyle: chartText,
      grid: { left: 8, right: 80, top: 4, bottom: 4, containLabel: true },
      xAxis: { type: 'value', max: 1, show: false },
      yAxis: { type: 'category', data: rows.map((g) => g.name || g.code), axisLabel: chartText, axisLine: { show: false }, axisTick: { show: false } },
      series: [{
        type: 'bar',
        barWidth: 16,
        showBackground: true,
        backgroundStyle: { color: 'rgba(255,255,255,0.08)' },
        data: rows.map((g) => ({ value: g.coverage, itemStyle: { color: g.coverage < 0.5 ? '#ff5a4f' : g.coverage < 0.7 ? '#ffb020' : '#3ddc84' } })),
        label: { show: true, position: 'right', ...chartText, fontSize: 18, formatter: (p: { value: number }) => pct(p.value) },
      }],
    };
  }, [verification]);
  return (
    <Panel title={t('verification')} testId="wall-panel-verification" className="wall-panel-verification">
      <div className="wall-figures">
        <Figure
          label={withPeriod(t('districtCoverage'), glossary.buildingsVerifiedShare[language].period, language)}
          value={pct(verification.districtCoverage)}
          tone={verification.districtCoverage >= 0.8 ? 'ok' : 'warn'}
          title={describeMeasure('buildingsVerifiedShare', language)}
        />
        <div className="wall-subtitle" title={describeMeasure('buildingsVerifiedShare', language)}>{t('worstGrids')}</div>
      </div>
      <EChart option={option} testId="wall-chart-verification" />
    </Panel>
  );
}

/** Grid leaders' grades of the latest two-month round, as a ring. */
export function GradesPanel({ grades, t, language }: { grades: WallSummary['grades']; t: WallText; language: WallLanguage }) {
  const option = useMemo<EChartsCoreOption>(() => ({
    animation: false,
    textStyle: chartText,
    series: [{
      type: 'pie',
      radius: ['42%', '70%'],
      center: ['50%', '52%'],
      label: { ...chartText, fontSize: 19, formatter: '{b} {c}' },
      labelLine: { length: 8, length2: 8 },
      data: gradeKeys.map((g) => ({ name: t(g), value: grades.counts[g] ?? 0, itemStyle: { color: toCssColour(gradePalette[g]) } })),
    }],
  }), [grades, t]);
  return (
    <Panel title={`${t('grades')}${grades.round ? ` · ${grades.round}` : ''}`} testId="wall-panel-grades" info={describeMeasure('grade', language)}>
      <EChart option={option} testId="wall-chart-grades" />
    </Panel>
  );
}

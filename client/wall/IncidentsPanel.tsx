import { useMemo } from 'react';
import type { WallSummary } from '../../core/contracts/wall';
import { chartText, type EChartsCoreOption } from './echarts-setup';
import { EChart } from './EChart';
import { changeTrend, formatChange, percentChange } from './compstat';
import { describeMeasure } from '../../core/measures/glossary';
import { categoryNameOf, type CategoryNames } from './category-name';
import { Figure, Panel } from './Panel';
import type { WallLanguage, WallText } from './wall-messages';

const trendColour = { up: '#ff5a4f', down: '#3ddc84', flat: '#c9d6e8', new: '#ffb020' } as const;

function Change({ current, previous, t, title }: { current: number; previous: number; t: WallText; title: string }) {
  const change = percentChange(current, previous);
  return <span className={`wall-change wall-change-${changeTrend(change)}`} title={title}>{formatChange(change, t('newWord'))}</span>;
}

/**
 * Today and the last 7 days against the same periods before, overall and by category (CompStat). `incidents` has the
 * live incidents added already (feed.ts, withLiveIncidents), so every figure moves together.
 */
export function IncidentsPanel({ incidents, names, language, t }: {
  incidents: WallSummary['incidents'];
  names: CategoryNames;
  language: WallLanguage;
  t: WallText;
}) {
  const option = useMemo<EChartsCoreOption>(() => {
    const rows = incidents.byCategory.filter((c) => c.last7d + c.previous7d > 0).slice(0, 8).reverse();
    const nameOf = (code: string) => categoryNameOf(names, code, language) ?? '';
    return {
      animation: false,
      textStyle: chartText,
      grid: { left: 8, right: 92, top: 4, bottom: 4, containLabel: true },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', data: rows.map((r) => nameOf(r.code)), axisLabel: { ...chartText, fontSize: 18 }, axisLine: { show: false }, axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          barWidth: 18,
          data: rows.map((r) => ({
            value: r.last7d,
            itemStyle: { color: trendColour[changeTrend(percentChange(r.last7d, r.previous7d))], borderRadius: 3 },
            label: {
              show: true,
              position: 'right',
              ...chartText,
              fontSize: 18,
              formatter: `${r.last7d}  ${formatChange(percentChange(r.last7d, r.previous7d), t('newWord'))}`,
            },
          })),
        },
      ],
    };
  }, [incidents, names, language, t]);
  return (
    <Panel title={t('incidents')} testId="wall-panel-incidents" className="wall-panel-incidents">
      <div className="wall-figures">
        <Figure
          label={t('today')}
          value={String(incidents.today)}
          title={describeMeasure('incidentsToday', language)}
          sub={<>{t('vsSameDay')} <Change current={incidents.today} previous={incidents.sameDayLastWeek} t={t} title={describeMeasure('incidentsChange', language)} /></>}
        />
        <Figure
          label={t('last7d')}
          value={String(incidents.last7d)}
          title={describeMeasure('incidents', language)}
          sub={<>{t('vsPrevious7d')} <Change current={incidents.last7d} previous={incidents.previous7d} t={t} title={describeMeasure('incidentsChange', language)} /></>}
        />
      </div>
      <EChart option={option} testId="wall-chart-categories" />
    </Panel>
  );
}

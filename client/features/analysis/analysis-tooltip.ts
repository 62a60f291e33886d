import type { EmergingCellProperties, ForecastCellProperties, HotspotCellProperties, NearRepeatPairProperties, RepeatLocationProperties } from '../../../core/contracts/analysis';
import type { Translate } from '../../i18n/messages';
import { classLabel, patternText } from './analysis-labels';
import { formatShare } from '../../shared/format-share';

/** What deck.gl hands getTooltip: the picked layer's id and the object under the pointer. */
export interface PickedInfo {
  layer?: { id: string } | null;
  object?: unknown;
}

type WithProps<P> = { properties: P };

/** A p-value as statisticians write it: three decimals, or "p < 0.001". */
const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

/**
 * The tooltip text of a picked analysis feature (a hotspot, emerging or forecast cell, a near-repeat pair or a
 * repeat location); null for anything else. `nameOf` turns category codes into names; `formatTime` ISO times into text.
 */
export function describeAnalysisPick(info: PickedInfo, t: Translate, nameOf: (code: string) => string, formatTime: (iso: string) => string): string | null {
  const id = info.layer?.id;
  const object = info.object as WithProps<unknown> | undefined;
  if (!id || !object?.properties) return null;
  switch (id) {
    case 'analysis-hotspots': {
      const p = object.properties as HotspotCellProperties;
      const near = p.place ? [t('analysisTipNear', { place: p.place })] : [];
      return [t(classLabel(p.class)), ...near, t('analysisTipCount', { count: p.count }), `Gi* z = ${p.z.toFixed(2)}, ${pText(p.p)}`].join('\n');
    }
    case 'analysis-emerging': {
      const p = object.properties as EmergingCellProperties;
      return [patternText(p.pattern, t), t('analysisTipHotSlices', { count: p.hotSlices }), `Mann-Kendall z = ${p.trendZ.toFixed(2)}, ${pText(p.trendP)}`].join('\n');
    }
    case 'analysis-forecast': {
      const p = object.properties as ForecastCellProperties;
      const near = p.place ? [t('analysisTipNear', { place: p.place })] : [];
      return [t('analysisTipForecast', { rank: p.rank, share: formatShare(p.share) }), ...near].join('\n');
    }
    case 'analysis-repeat-pairs': {
      const p = object.properties as NearRepeatPairProperties;
      const near = p.place ? [t('analysisTipNear', { place: p.place })] : [];
      return [nameOf(p.category), ...near, t('analysisTipPair', { distance: Math.round(p.distanceM), days: p.days.toFixed(1) }), `${formatTime(p.firstAt)} → ${formatTime(p.secondAt)}`].join('\n');
    }
    case 'analysis-repeat-locations': {
      const p = object.properties as RepeatLocationProperties;
      const near = p.place ? [t('analysisTipNear', { place: p.place })] : [];
      return [t('analysisTipPlace', { count: p.count }), ...near, p.categories.map(nameOf).join('、'), `${formatTime(p.first)} – ${formatTime(p.last)}`].join('\n');
    }
    default:
      return null;
  }
}

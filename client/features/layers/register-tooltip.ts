import type { PickingInfo } from '@deck.gl/core';
import type { Feature } from 'geojson';
import type { DisputeMapProperties } from '../../../core/contracts/disputes';
import type { GridMeasure } from '../../../core/contracts/wall';
import type { GridProperties } from '../../api/feature-types';
import type { Translate } from '../../i18n/messages';
import type { GridColouring } from '../../map/layers/grid-colouring';
import { riskLabels, statusLabels, typeLabels } from '../../shared/dispute-labels';
import { gradeLabels } from '../../shared/workforce-labels';

/**
 * The tooltip lines the registers add to the dashboard map's (client/features/layers/map-tooltip.ts): for a dispute
 * point its code, kind, state and score; for a grid the measure it is coloured by and that a click opens its page.
 * Plain text only. Null for anything else.
 */
export function describeRegisterPick(
  info: Pick<PickingInfo, 'layer' | 'object'>,
  colouring: GridColouring,
  measures: ReadonlyMap<string, GridMeasure> | undefined,
  t: Translate,
): string | null {
  const id = info.layer?.id;
  if (!info.object || !id) return null;
  if (id === 'dispute-risk') {
    const p = (info.object as Feature<null, DisputeMapProperties>).properties;
    return [
      `${p.code} ${t(typeLabels[p.type])} · ${t(statusLabels[p.status])}`,
      // Where it is, as the register's lists name it: a point alone on the map says nothing of the place.
      ...(p.placeName ? [p.placeName] : []),
      t('tooltipDisputeRisk', { score: p.riskScore, level: t(riskLabels[p.riskLevel]) }) + (p.overdue ? ` · ${t('dspOverdueFlag')}` : ''),
    ].join('\n');
  }
  if (id === 'grid-fill') {
    const code = (info.object as Feature<null, GridProperties>).properties.code;
    const m = measures?.get(code);
    const line =
      colouring === 'households' || !m
        ? null
        : colouring === 'risk'
          ? t('tooltipGridRisk', { open: m.openDisputes, score: m.maxDisputeRisk })
          : colouring === 'grade'
            ? t('tooltipGridGrade', { grade: m.grade && m.grade in gradeLabels ? t(gradeLabels[m.grade as keyof typeof gradeLabels]) : '—' })
            : t('tooltipGridFreshness', { share: Math.round(m.coverage * 100) });
    return [line, t('tooltipGridOpen')].filter((l) => l !== null).join('\n');
  }
  return null;
}

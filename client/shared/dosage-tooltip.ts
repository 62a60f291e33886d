import type { PickingInfo } from '@deck.gl/core';
import type { PlaceDosageView } from '../../core/contracts/dosage';
import type { Translate } from '../i18n/messages';

/**
 * The tooltip of a place of the dosage layer (any layer whose id ends in -cells or -places of a dosage prefix): its
 * name first, then visits split by police and grid staff, dwell with the Koper share, and the longest gap. Plain text.
 */
export function describeDosagePick(info: Pick<PickingInfo, 'layer' | 'object'>, t: Translate): string | null {
  const id = info.layer?.id ?? '';
  if (!info.object || !/dosage-(cells|places)$/.test(id)) return null;
  const p = info.object as PlaceDosageView;
  const share = p.all.koperShare === null ? '—' : `${Math.round(p.all.koperShare * 100)}%`;
  return [
    p.name,
    t('tooltipDosageVisits', { visits: p.all.visits, police: p.police.visits, grid: p.grid.visits }),
    t('tooltipDosageDwell', { dwell: Math.round(p.all.dwellMin), share }),
    p.all.longestGapMin === null ? t('tooltipDosageNoGap') : t('tooltipDosageGap', { gap: Math.round(p.all.longestGapMin) }),
  ].join('\n');
}

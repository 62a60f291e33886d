import type { PickingInfo } from '@deck.gl/core';
import type { UnitPosition } from '../../core/contracts/field';
import type { Translate } from '../i18n/messages';

/**
 * The tooltip of a unit on patrol (layer unit-positions): who, police or grid staff, where the last ping put them, by
 * the place the server named, and when. Plain text; null for anything else.
 */
export function describeUnitPick(info: Pick<PickingInfo, 'layer' | 'object'>, t: Translate, formatDateTime: (at: string) => string): string | null {
  if (!info.object || info.layer?.id !== 'unit-positions') return null;
  const u = info.object as UnitPosition;
  return [
    t('tooltipUnit', { name: u.name, force: t(u.force === 'police' ? 'tooltipUnitPolice' : 'tooltipUnitGrid') }),
    t('tooltipUnitAt', { place: u.place ?? t('tooltipUnitNoPlace'), time: formatDateTime(u.at) }),
  ].join('\n');
}

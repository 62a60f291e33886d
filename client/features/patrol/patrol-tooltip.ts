import type { Translate } from '../../i18n/messages';
import type { PatrolCellDatum, PatrolPlaceDatum } from '../../map/layers/patrol-candidate-layer';
import type { PatrolStopDatum } from '../../map/layers/patrol-stop-layer';
import { formatRisk } from './stop-rows';

/** What deck.gl hands getTooltip: the picked layer's id and the object under the pointer. */
export interface PickedInfo {
  layer?: { id: string } | null;
  object?: unknown;
}

/** The tooltip text of a picked candidate cell, key place or stop; null for anything else. */
export function describePatrolPick(info: PickedInfo, t: Translate): string | null {
  const object = info.object;
  if (!object) return null;
  switch (info.layer?.id) {
    case 'patrol-cells': {
      const d = object as PatrolCellDatum;
      return t('patrolTipCell', { name: d.name ?? t('patrolCellName'), risk: formatRisk(d.risk) });
    }
    case 'patrol-places': {
      const d = object as PatrolPlaceDatum;
      return t('patrolTipPlace', { name: d.name ?? d.id, risk: formatRisk(d.risk) }) + (d.mandatory ? `\n${t('patrolMandatory')}` : '');
    }
    case 'patrol-stops': {
      const d = object as PatrolStopDatum;
      const name = d.name ?? t('patrolCellName');
      return t('patrolTipStop', { order: d.order, name, arrival: d.arrival, departure: d.departure });
    }
    default:
      return null;
  }
}

import type { PickingInfo } from '@deck.gl/core';
import type { Feature } from 'geojson';
import type { GridProperties, KeyPlaceProperties, StationProperties } from '../../api/feature-types';
import type { Translate } from '../../i18n/messages';
import { keyPlaceLabels } from './key-place-labels';

/**
 * The tooltip text for what the pointer is over (a grid, a station, a key place), or null. Plain text only:
 * names come from the database and are never put into HTML.
 */
export function describePickedObject(info: Pick<PickingInfo, 'layer' | 'object'>, t: Translate): string | null {
  const id = info.layer?.id;
  if (!info.object || !id) return null;
  if (id === 'grid-fill') {
    const p = (info.object as Feature<null, GridProperties>).properties;
    return [
      p.name,
      // Only grids of the jurisdiction are picked, and they carry their figures; '—' should one ever come without.
      t('tooltipHouseholds', { value: p.households ?? '—' }),
      t('tooltipResidents', { value: p.residents ?? '—' }),
      // The beat by its name, as the grid page shows it: beatCode is an internal code nobody reads.
      t('tooltipBeat', { value: p.beatName ?? '—' }),
    ].join('\n');
  }
  if (id === 'stations') {
    const p = (info.object as Feature<null, StationProperties>).properties;
    return `${p.name}\n${t('tooltipStation')}`;
  }
  if (id === 'key-places') {
    const p = (info.object as Feature<null, KeyPlaceProperties>).properties;
    const kind = keyPlaceLabels[p.kind] ? t(keyPlaceLabels[p.kind]) : p.kind;
    return `${p.name}\n${t('tooltipKeyPlace', { kind })}`;
  }
  return null;
}

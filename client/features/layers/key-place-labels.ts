import type { KeyPlaceKind } from '../../api/feature-types';
import type { MessageKey } from '../../i18n/zh-CN';

/** The message naming each kind of key place. */
export const keyPlaceLabels: Record<KeyPlaceKind, MessageKey> = {
  government: 'keyPlaceGovernment',
  school: 'keyPlaceSchool',
  mall: 'keyPlaceMall',
  hospital: 'keyPlaceHospital',
  construction: 'keyPlaceConstruction',
  nightlife: 'keyPlaceNightlife',
  transport: 'keyPlaceTransport',
};

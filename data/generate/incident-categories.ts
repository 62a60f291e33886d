/**
 * The incident category code table (警情类别) and how each category typically reaches the police.
 */
import type { IncidentCategoryRow, IncidentRow } from './dataset';

/** The category code table: 14 codes in six groups, zh-CN and English names. */
export const INCIDENT_CATEGORIES: IncidentCategoryRow[] = [
  { code: 'THEFT_RES', nameZh: '入室盗窃', nameEn: 'Residential burglary', group: 'criminal' },
  { code: 'THEFT_VEH', nameZh: '盗窃车辆', nameEn: 'Vehicle theft', group: 'criminal' },
  { code: 'THEFT_PICK', nameZh: '扒窃', nameEn: 'Pickpocketing', group: 'criminal' },
  { code: 'FRAUD', nameZh: '诈骗', nameEn: 'Fraud', group: 'criminal' },
  { code: 'FIGHT', nameZh: '打架斗殴', nameEn: 'Fighting', group: 'public_order' },
  { code: 'DRUNK', nameZh: '醉酒滋事', nameEn: 'Drunk and disorderly', group: 'public_order' },
  { code: 'NOISE', nameZh: '噪音扰民', nameEn: 'Noise nuisance', group: 'public_order' },
  { code: 'DISPUTE_DOMESTIC', nameZh: '家庭纠纷', nameEn: 'Domestic dispute', group: 'dispute' },
  { code: 'DISPUTE_NEIGHBOUR', nameZh: '邻里纠纷', nameEn: 'Neighbour dispute', group: 'dispute' },
  { code: 'DISPUTE_CONSUMER', nameZh: '消费纠纷', nameEn: 'Consumer dispute', group: 'dispute' },
  { code: 'TRAFFIC_ACCIDENT', nameZh: '交通事故', nameEn: 'Traffic accident', group: 'traffic' },
  { code: 'ASSIST', nameZh: '群众求助', nameEn: 'Request for assistance', group: 'assistance' },
  { code: 'LOST_PERSON', nameZh: '人员走失', nameEn: 'Lost person', group: 'assistance' },
  { code: 'FIRE_ALARM', nameZh: '火警', nameEn: 'Fire alarm', group: 'fire' },
];

type Source = IncidentRow['source'];

/** How calls of each category come in, as relative weights (110 = the emergency number). */
export const SOURCE_MIX: Record<string, [Source, number][]> = {
  THEFT_RES: [['110', 8], ['walk_in', 2]],
  THEFT_VEH: [['110', 7], ['walk_in', 3]],
  THEFT_PICK: [['110', 6], ['walk_in', 3], ['patrol', 1]],
  FRAUD: [['110', 5], ['walk_in', 5]],
  FIGHT: [['110', 8], ['patrol', 2]],
  DRUNK: [['110', 5], ['patrol', 5]],
  NOISE: [['110', 6], ['grid_report', 3], ['walk_in', 1]],
  DISPUTE_DOMESTIC: [['110', 7], ['grid_report', 2], ['walk_in', 1]],
  DISPUTE_NEIGHBOUR: [['110', 5], ['grid_report', 4], ['walk_in', 1]],
  DISPUTE_CONSUMER: [['110', 8], ['walk_in', 2]],
  TRAFFIC_ACCIDENT: [['110', 9], ['patrol', 1]],
  ASSIST: [['110', 7], ['walk_in', 2], ['grid_report', 1]],
  LOST_PERSON: [['110', 8], ['walk_in', 2]],
  FIRE_ALARM: [['110', 10]],
};

import type { IncidentSource } from '../../core/contracts/live';
import type { MessageKey } from '../i18n/zh-CN';

/** The message naming each way an incident comes in (its `source`). */
export const incidentSourceLabels: Record<IncidentSource, MessageKey> = {
  '110': 'incidentSource110',
  patrol: 'incidentSourcePatrol',
  walk_in: 'incidentSourceWalkIn',
  grid_report: 'incidentSourceGridReport',
};

import type { AuditAction } from '../../../core/contracts/audit';
import type { Translate } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/zh-CN';

/** Each action the server writes to the audit log, as the interface words it (zh-CN.ts / en.ts). */
export const auditActionLabels: Record<AuditAction, MessageKey> = {
  login: 'auditActLogin',
  logout: 'auditActLogout',
  wall_login: 'auditActWallLogin',
  write: 'auditActWrite',
  unmask: 'auditActUnmask',
  wall_token_issue: 'auditActWallTokenIssue',
  wall_token_revoke: 'auditActWallTokenRevoke',
  api_token_issue: 'auditActApiTokenIssue',
  api_token_revoke: 'auditActApiTokenRevoke',
  save_grid_draft: 'auditActSaveGridDraft',
  delete_grid_draft: 'auditActDeleteGridDraft',
  publish_grid_plan: 'auditActPublishGridPlan',
  preview_grid_plan: 'auditActPreviewGridPlan',
  read_plan_file: 'auditActReadPlanFile',
  incident_create: 'auditActIncidentCreate',
  dispute_register: 'auditActDisputeRegister',
  dispute_registered: 'auditActDisputeRegistered',
  dispute_assessed: 'auditActDisputeAssessed',
  dispute_mediating: 'auditActDisputeMediating',
  dispute_referred: 'auditActDisputeReferred',
  dispute_escalated: 'auditActDisputeEscalated',
  dispute_resolved: 'auditActDisputeResolved',
  dispute_visited: 'auditActDisputeVisited',
  dispute_closed: 'auditActDisputeClosed',
  search_people: 'auditActSearchPeople',
  basemap_switch: 'auditActBasemapSwitch',
  plan_patrol_route: 'auditActPlanPatrolRoute',
  save_patrol_route: 'auditActSavePatrolRoute',
  delete_patrol_route: 'auditActDeletePatrolRoute',
  activity_record: 'auditActActivityRecord',
  meeting_record: 'auditActMeetingRecord',
  assessment_save: 'auditActAssessmentSave',
  assessment_create: 'auditActAssessmentCreate',
  assessment_replace: 'auditActAssessmentReplace',
  field_patrol_start: 'auditActFieldPatrolStart',
  field_patrol_end: 'auditActFieldPatrolEnd',
  field_pings: 'auditActFieldPings',
  field_check_in: 'auditActFieldCheckIn',
  field_report: 'auditActFieldReport',
  field_report_handle: 'auditActFieldReportHandle',
  registry_task_create: 'auditActRegistryTaskCreate',
  registry_task_cancel: 'auditActRegistryTaskCancel',
  registry_visit: 'auditActRegistryVisit',
  resident_change: 'auditActResidentChange',
  registry_import_check: 'auditActRegistryImportCheck',
  registry_import: 'auditActRegistryImport',
  registry_export: 'auditActRegistryExport',
  ogc_read_disputes: 'auditActOgcReadDisputes',
  user_create: 'auditActUserCreate',
  user_update: 'auditActUserUpdate',
  user_password_reset: 'auditActUserPasswordReset',
  password_change: 'auditActPasswordChange',
};

/** An audit row's action in words; a code no longer written (an old row) stays as it was stored. */
export function describeAuditAction(action: string, t: Translate): string {
  const key = (auditActionLabels as Record<string, MessageKey | undefined>)[action];
  return key ? t(key) : action;
}

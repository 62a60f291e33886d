/** The audit log (issue 3, issue 12): what each row's action code means. */
import { disputeStatuses } from '../disputes/workflow';

/**
 * Every action the server writes to the audit log: the one list the writers are typed by (server/auth noteAudit,
 * server/audit writeAudit) and the audit view's words cover (client/features/admin/audit-labels.ts), so a new
 * action cannot reach the log without words. 'write' is a state-changing request no handler named; a POST that only
 * reads or computes (a publish preview, a plan file read) is named for what it is, never left to read as a write.
 */
export const auditActions = [
  'login', 'logout', 'wall_login', 'write', 'unmask', 'wall_token_issue', 'wall_token_revoke', 'api_token_issue', 'api_token_revoke',
  'save_grid_draft', 'delete_grid_draft', 'publish_grid_plan', 'preview_grid_plan', 'read_plan_file',
  'incident_create',
  'dispute_register', ...disputeStatuses.map((s) => `dispute_${s}` as const),
  'search_people', 'basemap_switch',
  'plan_patrol_route', 'save_patrol_route', 'delete_patrol_route',
  'activity_record', 'meeting_record', 'assessment_save', 'assessment_create', 'assessment_replace',
  'field_patrol_start', 'field_patrol_end', 'field_pings', 'field_check_in', 'field_report', 'field_report_handle',
  'registry_task_create', 'registry_task_cancel', 'registry_visit', 'resident_change', 'registry_import_check', 'registry_import', 'registry_export',
  'ogc_read_disputes',
  'user_create', 'user_update', 'user_password_reset', 'password_change',
] as const;
export type AuditAction = (typeof auditActions)[number];

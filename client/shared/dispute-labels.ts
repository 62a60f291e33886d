import type { DisputeSource, DisputeType, ReminderReason, RiskLevel, remits } from '../../core/contracts/disputes';
import type { DisputeParty } from '../../core/contracts/disputes';
import type { DisputeStatus } from '../../core/disputes';
import type { Translate } from '../i18n/messages';
import type { MessageKey } from '../i18n/zh-CN';

// The register's codes as the interface words them (zh-CN.ts / en.ts); one table a kind of code.

export const statusLabels: Record<DisputeStatus, MessageKey> = {
  registered: 'dspStatusRegistered',
  assessed: 'dspStatusAssessed',
  mediating: 'dspStatusMediating',
  referred: 'dspStatusReferred',
  escalated: 'dspStatusEscalated',
  resolved: 'dspStatusResolved',
  visited: 'dspStatusVisited',
  closed: 'dspStatusClosed',
};

/**
 * What a dispute's deadline in each state is for (core/disputes/workflow.ts deadlineHours): a resolved dispute that is
 * overdue awaits its follow-up visit, which 已化解 · 时限 … alone did not say. A closed one has no deadline.
 */
export const dueLabels: Record<DisputeStatus, MessageKey> = {
  registered: 'dspDueAssess',
  assessed: 'dspDueRoute',
  mediating: 'dspDueMediate',
  referred: 'dspDueAnswer',
  escalated: 'dspDueUptake',
  resolved: 'dspDueVisit',
  visited: 'dspDueClose',
  closed: 'dspDueWas',
};

export const typeLabels: Record<DisputeType, MessageKey> = {
  family: 'dspTypeFamily',
  neighbour: 'dspTypeNeighbour',
  property: 'dspTypeProperty',
  labour: 'dspTypeLabour',
  debt: 'dspTypeDebt',
  contract: 'dspTypeContract',
  other: 'dspTypeOther',
};

export const sourceLabels: Record<DisputeSource, MessageKey> = {
  patrol: 'dspSourcePatrol',
  resident: 'dspSourceResident',
  grid_worker: 'dspSourceGridWorker',
  '110': 'dspSource110',
};

export const remitLabels: Record<(typeof remits)[number], MessageKey> = {
  police: 'dspRemitPolice',
  other_body: 'dspRemitOtherBody',
  stability: 'dspRemitStability',
};

export const riskLabels: Record<RiskLevel, MessageKey> = { high: 'dspRiskHigh', medium: 'dspRiskMedium', low: 'dspRiskLow' };

export const partyRoleLabels: Record<DisputeParty['role'], MessageKey> = {
  applicant: 'dspPartyApplicant',
  respondent: 'dspPartyRespondent',
  other: 'dspPartyOther',
};

export const reminderLabels: Record<ReminderReason, MessageKey> = {
  grid_leader: 'dspRemindedGridLeader',
  officer: 'dspRemindedOfficer',
  jurisdiction: 'dspRemindedJurisdiction',
};


/**
 * A dispute's deadline as every view words it: the step it waits for and when (回访时限 2026/12/4 06:31), or — when
 * its state has none. The register's column, the drawer and the reminders read it from here.
 */
export function dueLine(t: Translate, formatDateTime: (at: string) => string, d: { status: DisputeStatus; dueAt: string | null }): string {
  return d.dueAt ? t(dueLabels[d.status], { at: formatDateTime(d.dueAt) }) : '—';
}

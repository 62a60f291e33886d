import type { ActivityKind, Grade, MeetingKind, PersonRole } from '../../core/contracts/workforce';
import type { MessageKey } from '../i18n/zh-CN';

// The workforce's codes as the interface words them (zh-CN.ts / en.ts).

export const personRoleLabels: Record<PersonRole, MessageKey> = {
  grid_leader: 'wfRoleGridLeader',
  compound_leader: 'wfRoleCompoundLeader',
  building_leader: 'wfRoleBuildingLeader',
  grid_worker: 'wfRoleGridWorker',
  community_officer: 'wfRoleOfficer',
};

export const activityLabels: Record<ActivityKind, MessageKey> = {
  population_check: 'wfKindPopulationCheck',
  legal_session: 'wfKindLegalSession',
  dispute_helped: 'wfKindDisputeHelped',
  opinion_collected: 'wfKindOpinion',
  patrol: 'wfKindPatrol',
  joint_meeting: 'wfKindJointMeeting',
  resident_talk: 'wfKindResidentTalk',
};

export const meetingLabels: Record<MeetingKind, MessageKey> = {
  joint_monthly: 'wfMeetingJoint',
  quarterly_talk: 'wfMeetingTalk',
};

/** 好 / 较好 / 一般 / 差 */
export const gradeLabels: Record<Grade, MessageKey> = {
  good: 'wfGradeGood',
  fair: 'wfGradeFair',
  average: 'wfGradeAverage',
  poor: 'wfGradePoor',
};

export const scoreLabels: Record<'work' | 'disputes' | 'data' | 'residents', MessageKey> = {
  work: 'wfScoreWork',
  disputes: 'wfScoreDisputes',
  data: 'wfScoreData',
  residents: 'wfScoreResidents',
};

import type { Me, Role, Scope, ScopeKind } from '../../core/contracts/auth';
import type { JurisdictionLevel } from '../../core/contracts/summary';
import type { Translate } from '../i18n/messages';
import type { MessageKey } from '../i18n/zh-CN';

export const roleLabels: Record<Role, MessageKey> = {
  admin: 'roleAdmin',
  commander: 'roleCommander',
  planner: 'rolePlanner',
  patrol_leader: 'rolePatrolLeader',
  officer: 'roleOfficer',
  grid_leader: 'roleGridLeader',
  grid_worker: 'roleGridWorker',
  viewer: 'roleViewer',
  wall_display: 'roleWallDisplay',
};

const scopeLabels: Record<ScopeKind, MessageKey> = {
  district: 'scopeDistrict',
  street: 'scopeStreet',
  station: 'scopeStation',
  beat: 'scopeBeat',
  grids: 'scopeGrids',
};

/** The role's name in the interface language; an unknown role (a newer server) as its code. */
export function describeRole(role: string, t: Translate): string {
  const key = roleLabels[role as Role];
  return key ? t(key) : role;
}

/** A jurisdiction as one line: "全区", "网格 511703001001001", "网格 A、B". */
export function describeScope(scope: Scope, t: Translate): string {
  const key = scopeLabels[scope.kind];
  if (!key) return scope.kind;
  if (scope.kind === 'district') return t(key);
  return t(key, { codes: scope.codes.join(t('listSeparator')) });
}

const jurisdictionLabels: Record<JurisdictionLevel, MessageKey> = {
  district: 'scopeDistrict',
  street: 'scopeStreet',
  station: 'scopeStation',
  beat: 'scopeBeat',
  community: 'scopeCommunity',
  grid: 'scopeGrids',
  grids: 'scopeGrids',
};

/**
 * A user's jurisdiction as one line, by name ("网格 梧桐梁社区第1网格", "警格 三里坪派出所第1警格", "全区"), from the
 * names the server gives with /api/auth/me. Codes only when the server named nothing (an older server, or codes
 * that name no place).
 */
export function describeJurisdiction(me: Pick<Me, 'scope'> & { jurisdiction?: Me['jurisdiction'] }, t: Translate): string {
  const j = me.jurisdiction;
  if (!j || (j.level !== 'district' && j.names.length === 0)) return describeScope(me.scope, t);
  const key = jurisdictionLabels[j.level];
  if (!key) return describeScope(me.scope, t);
  if (j.level === 'district') return t(key);
  return t(key, { codes: j.names.join(t('listSeparator')) });
}

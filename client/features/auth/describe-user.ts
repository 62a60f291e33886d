import type { Role, Scope, ScopeKind } from '../../../core/contracts/auth';
import type { Translate } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/zh-CN';

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

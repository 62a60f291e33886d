import type { Role } from '../../core/contracts/auth';
import type { Translate } from '../i18n/messages';
import { describeRole } from '../shared/describe-user';
import { viewLabels, viewOfPath } from './views';

/**
 * The first line of the 无权访问 page. The server's reason when it gave one (a grid outside the jurisdiction: it
 * names the grid and the jurisdiction, and the role may open grid pages, so naming the role would mislead);
 * otherwise the role and the page by its name in the navigation, never the address alone.
 */
export function noAccessReason(role: Role, path: string, detail: string | undefined, t: Translate): string {
  if (detail) return t('noAccessBecause', { detail });
  const view = viewOfPath(path);
  const roleName = describeRole(role, t);
  return view ? t('noAccessReason', { role: roleName, page: t(viewLabels[view]) }) : t('noAccessReasonThisPage', { role: roleName });
}

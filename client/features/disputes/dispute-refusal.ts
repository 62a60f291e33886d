import type { Me } from '../../../core/contracts/auth';
import { ApiError } from '../../api/client';
import type { Translate } from '../../i18n/messages';
import { describeJurisdiction } from '../../shared/describe-user';

/** Why a dispute could not be opened: outside the jurisdiction (or absent), said as a notice; or a load that broke. */
export type DisputeLoadProblem = { kind: 'outside'; text: string } | { kind: 'failed'; text: string };

/**
 * What the drawer says when GET /api/disputes/:code fails. A 404 is a dispute outside the caller's jurisdiction or
 * none at all (the server words the two alike, so as not to reveal which): said plainly, as the grid page says a grid
 * outside it ({grid}不在您的辖区（{jurisdiction}）内), naming the jurisdiction by its places — not 数据加载失败 in red, as
 * if the page had broken (QA). A district-wide user's 404 can only be a dispute that does not exist. Anything else
 * is a failed load, in the server's words. Pure.
 */
export function disputeLoadProblem(error: unknown, code: string, me: Pick<Me, 'scope'> & { jurisdiction?: Me['jurisdiction'] }, t: Translate): DisputeLoadProblem {
  if (error instanceof ApiError && error.status === 404) {
    if (me.scope.kind === 'district') return { kind: 'outside', text: t('dspNotFound', { code }) };
    const names = me.jurisdiction?.names ?? [];
    const jurisdiction = names.length > 0 ? names.join(t('listSeparator')) : describeJurisdiction(me, t);
    return { kind: 'outside', text: t('dspNotInScope', { code, jurisdiction }) };
  }
  return { kind: 'failed', text: t('loadFailed', { message: error instanceof Error ? error.message : String(error) }) };
}

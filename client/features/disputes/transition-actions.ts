import { DisputeTransitionSchema, type DisputeTransition } from '../../../core/contracts/disputes';
import { checkTransition, remitRoute, type DisputeStatus, type Remit } from '../../../core/disputes';
import type { MessageKey } from '../../i18n/zh-CN';
import { issuesOf, type FormIssue } from '../../ui/form-issues';

/** A move the detail offers: a button for each state the dispute may go to next (and for no other). */
export interface TransitionAction {
  to: DisputeStatus;
  label: MessageKey;
  /** Routing an assessed dispute decides its remit: the button names the remit and sends it. */
  remit: Remit | null;
  /** A referral needs the body it goes to. */
  needsBody: boolean;
}

const verbs: Record<DisputeStatus, MessageKey> = {
  registered: 'dspStatusRegistered',
  assessed: 'dspActAssess',
  mediating: 'dspActMediate',
  referred: 'dspActRefer',
  escalated: 'dspActEscalate',
  resolved: 'dspActResolve',
  visited: 'dspActVisit',
  closed: 'dspActClose',
};

// On assessment, the remit is the choice and the route follows from it (core/disputes/workflow.ts, remitRoute).
const routeLabels: Record<Remit, MessageKey> = { police: 'dspRoutePolice', other_body: 'dspRouteOtherBody', stability: 'dspRouteStability' };
const remitOfRoute = Object.fromEntries(Object.entries(remitRoute).map(([remit, to]) => [to, remit])) as Partial<Record<DisputeStatus, Remit>>;

/**
 * The moves of a dispute in `status`, given the states the server says it may go to next (DisputeDetail.nextStatuses),
 * in that order. From assessment each route is offered as its remit; back to mediation after resolution is a relapse.
 */
export function transitionActions(status: DisputeStatus, next: readonly DisputeStatus[]): TransitionAction[] {
  return next.map((to) => {
    const remit = status === 'assessed' ? remitOfRoute[to] ?? null : null;
    const relapse = to === 'mediating' && (status === 'resolved' || status === 'visited');
    return { to, label: remit ? routeLabels[remit] : relapse ? 'dspActRelapse' : verbs[to], remit, needsBody: to === 'referred' };
  });
}

/**
 * The body of POST /api/disputes/:code/transitions for an action, checked with the API's schema and the workflow's
 * rule for referrals: the issues name the fields to fix (reason, responsibleBody).
 */
export function buildTransition(
  status: DisputeStatus,
  action: TransitionAction,
  reason: string,
  responsibleBody: string,
): { ok: true; body: DisputeTransition } | { ok: false; issues: FormIssue[] } {
  const candidate = {
    to: action.to,
    reason,
    ...(action.remit ? { remit: action.remit } : {}),
    ...(action.needsBody && responsibleBody.trim() ? { responsibleBody } : {}),
  };
  const parsed = DisputeTransitionSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  const check = checkTransition(status, action.to, parsed.data);
  // The form words the fix by field (TransitionForm's fixes); the rule's code stands for the sentence the server would say.
  if (!check.ok) return { ok: false, issues: [{ field: action.needsBody ? 'responsibleBody' : 'to', message: check.refusal.rule }] };
  return { ok: true, body: parsed.data };
}

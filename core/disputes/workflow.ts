/**
 * The dispute workflow (矛盾纠纷化解) as the article runs it: registered → assessed → mediating (inside police remit,
 * the station mediates) | referred (outside it, the station coordinates the responsible body) | escalated (anything
 * that may cause a group incident or affect stability goes to the street's comprehensive-governance office, 街道综治办)
 * → resolved → follow-up visited → closed. Pure.
 */
export const disputeStatuses = ['registered', 'assessed', 'mediating', 'referred', 'escalated', 'resolved', 'visited', 'closed'] as const;
export type DisputeStatus = (typeof disputeStatuses)[number];

/** Where each state may go next. A relapse after resolution goes back to mediation; closed is final. */
export const nextStatuses: Record<DisputeStatus, readonly DisputeStatus[]> = {
  registered: ['assessed'],
  assessed: ['mediating', 'referred', 'escalated'],
  mediating: ['resolved', 'referred', 'escalated'],
  referred: ['resolved', 'escalated'],
  escalated: ['resolved'],
  resolved: ['visited', 'mediating'],
  visited: ['closed', 'mediating'],
  closed: [],
};

/** How long a dispute may stay in a state before it is overdue (hours). */
export const deadlineHours: Record<DisputeStatus, number | null> = {
  registered: 24, // assessed within a day
  assessed: 24, // routed within a day
  mediating: 7 * 24,
  referred: 15 * 24, // the responsible body answers within 15 days
  escalated: 3 * 24, // the comprehensive-governance office takes it up within 3 days
  resolved: 7 * 24, // follow-up visit within a week
  visited: 3 * 24,
  closed: null,
};

/** The remit decided at assessment, and the route it implies. */
export const remitRoute = { police: 'mediating', other_body: 'referred', stability: 'escalated' } as const satisfies Record<string, DisputeStatus>;
export type Remit = keyof typeof remitRoute;

/**
 * Why a move is refused, as a rule and its parameters rather than a sentence: the server words it in the caller's
 * language with the interface's names of the states (server/i18n/messages.ts).
 */
export type TransitionRefusal =
  | { rule: 'not_next'; from: DisputeStatus; to: DisputeStatus; allowed: readonly DisputeStatus[] }
  | { rule: 'final'; from: DisputeStatus }
  | { rule: 'needs_responsible_body' }
  | { rule: 'remit_routes_elsewhere'; remit: Remit; routesTo: DisputeStatus; to: DisputeStatus }
  | { rule: 'remit_not_routing'; to: DisputeStatus };
export type TransitionCheck = { ok: true } | { ok: false; refusal: TransitionRefusal };

// The remit each routing state implies (the inverse of remitRoute).
const remitOf = Object.fromEntries(Object.entries(remitRoute).map(([remit, status]) => [status, remit])) as Partial<Record<DisputeStatus, Remit>>;

/** The remit a move to `to` decides, or undefined when `to` is not a routing state. */
export function routedRemit(to: DisputeStatus): Remit | undefined {
  return remitOf[to];
}

/** Whether a dispute may move from `from` to `to`; a refusal says what is allowed instead. */
export function checkTransition(from: DisputeStatus, to: DisputeStatus, extra: { remit?: Remit | null; responsibleBody?: string | null } = {}): TransitionCheck {
  if (!nextStatuses[from].includes(to)) {
    const allowed = nextStatuses[from];
    return { ok: false, refusal: allowed.length ? { rule: 'not_next', from, to, allowed } : { rule: 'final', from } };
  }
  if (to === 'referred' && !extra.responsibleBody?.trim()) return { ok: false, refusal: { rule: 'needs_responsible_body' } };
  const routed = remitOf[to];
  if (extra.remit && extra.remit !== routed) {
    return { ok: false, refusal: routed ? { rule: 'remit_routes_elsewhere', remit: extra.remit, routesTo: remitRoute[extra.remit], to } : { rule: 'remit_not_routing', to } };
  }
  return { ok: true };
}

/** The deadline of a state entered at `enteredAt`, or null for a final state. */
export function dueAt(status: DisputeStatus, enteredAt: Date): Date | null {
  const hours = deadlineHours[status];
  return hours === null ? null : new Date(enteredAt.getTime() + hours * 3_600_000);
}

export function isOverdue(status: DisputeStatus, due: Date | null, now: Date): boolean {
  return status !== 'closed' && due !== null && now.getTime() > due.getTime();
}

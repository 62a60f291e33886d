import { describe, expect, it } from 'vitest';
import { checkTransition, disputeStatuses, dueAt, isOverdue, nextStatuses } from './workflow';

describe('dispute workflow', () => {
  it('allows exactly the transitions of the article and refuses every other pair', () => {
    const allowed = new Set(Object.entries(nextStatuses).flatMap(([from, tos]) => tos.map((to) => `${from}>${to}`)));
    expect(allowed.size).toBe(14);
    for (const from of disputeStatuses) {
      for (const to of disputeStatuses) {
        const r = checkTransition(from, to, { responsibleBody: '区住建局' });
        expect(r.ok, `${from} → ${to}`).toBe(allowed.has(`${from}>${to}`));
        if (!r.ok) expect(r.refusal).toMatchObject({ from });
      }
    }
  });

  it('needs the responsible body to refer a dispute', () => {
    expect(checkTransition('assessed', 'referred')).toEqual({ ok: false, refusal: { rule: 'needs_responsible_body' } });
    expect(checkTransition('assessed', 'referred', { responsibleBody: '区劳动监察大队' }).ok).toBe(true);
  });

  it('refuses a remit that contradicts the route, or one given outside routing', () => {
    expect(checkTransition('assessed', 'mediating', { remit: 'stability' })).toEqual({ ok: false, refusal: { rule: 'remit_routes_elsewhere', remit: 'stability', routesTo: 'escalated', to: 'mediating' } });
    expect(checkTransition('mediating', 'resolved', { remit: 'police' })).toEqual({ ok: false, refusal: { rule: 'remit_not_routing', to: 'resolved' } });
    expect(checkTransition('assessed', 'escalated', { remit: 'stability' }).ok).toBe(true);
  });

  it('sets deadlines per state and flags overdue ones, never a closed one', () => {
    const t = new Date('2026-11-01T08:00:00Z');
    expect(dueAt('registered', t)?.toISOString()).toBe('2026-11-02T08:00:00.000Z');
    expect(dueAt('escalated', t)?.toISOString()).toBe('2026-11-04T08:00:00.000Z');
    expect(dueAt('closed', t)).toBeNull();
    expect(isOverdue('mediating', dueAt('mediating', t), new Date('2026-11-09T00:00:00Z'))).toBe(true);
    expect(isOverdue('mediating', dueAt('mediating', t), new Date('2026-11-07T00:00:00Z'))).toBe(false);
  });
});

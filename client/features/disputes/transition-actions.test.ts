import { describe, expect, it } from 'vitest';
import { disputeStatuses, nextStatuses } from '../../../core/disputes';
import { buildTransition, transitionActions } from './transition-actions';

describe('transitionActions', () => {
  it('offers exactly the next states, and nothing from a closed dispute', () => {
    for (const s of disputeStatuses) expect(transitionActions(s, nextStatuses[s]).map((a) => a.to)).toEqual(nextStatuses[s]);
    expect(transitionActions('closed', [])).toEqual([]);
  });

  it('offers the routes of an assessed dispute as its remit', () => {
    expect(transitionActions('assessed', nextStatuses.assessed)).toEqual([
      { to: 'mediating', label: 'dspRoutePolice', remit: 'police', needsBody: false },
      { to: 'referred', label: 'dspRouteOtherBody', remit: 'other_body', needsBody: true },
      { to: 'escalated', label: 'dspRouteStability', remit: 'stability', needsBody: false },
    ]);
  });

  it('calls a return to mediation after resolution a relapse, and sends no remit outside assessment', () => {
    const [visit, relapse] = transitionActions('resolved', nextStatuses.resolved);
    expect(visit).toMatchObject({ to: 'visited', label: 'dspActVisit', remit: null });
    expect(relapse).toMatchObject({ to: 'mediating', label: 'dspActRelapse', remit: null });
    expect(transitionActions('mediating', nextStatuses.mediating).find((a) => a.to === 'referred')).toMatchObject({ remit: null, needsBody: true });
  });
});

describe('buildTransition', () => {
  const [toMediation, toReferral] = transitionActions('assessed', nextStatuses.assessed);

  it('sends the reason and the remit the route implies', () => {
    expect(buildTransition('assessed', toMediation, ' 属公安调解范围 ', '')).toEqual({ ok: true, body: { to: 'mediating', reason: '属公安调解范围', remit: 'police' } });
  });

  it('asks for a reason, and for the responsible body of a referral', () => {
    expect(buildTransition('assessed', toMediation, '  ', '')).toMatchObject({ ok: false, issues: [{ field: 'reason' }] });
    expect(buildTransition('assessed', toReferral, '劳资纠纷', ' ')).toMatchObject({ ok: false, issues: [{ field: 'responsibleBody' }] });
    expect(buildTransition('assessed', toReferral, '劳资纠纷', '区人社局')).toEqual({
      ok: true,
      body: { to: 'referred', reason: '劳资纠纷', remit: 'other_body', responsibleBody: '区人社局' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { scoreDispute, type DisputeForScoring } from './early-warning';

const base = (over: Partial<DisputeForScoring>): DisputeForScoring => ({
  code: 'D1', type: 'debt', registeredAt: new Date('2026-11-01T00:00:00Z'), addressKey: 'A1', partyKeys: ['P1', 'P2'],
  description: '民间借贷还款纠纷', threats: false, violence: false, linkedIncidents: 0, history: ['registered'], ...over,
});

describe('scoreDispute', () => {
  it('scores a quiet first dispute low, with no reasons', () => {
    expect(scoreDispute(base({}), [])).toEqual({ score: 0, level: 'low', reasons: [] });
  });

  it('adds each rule with its reason, and ignores disputes outside 90 days or after it', () => {
    const earlier = base({ code: 'D0', registeredAt: new Date('2026-09-15T00:00:00Z'), partyKeys: ['P2'] });
    const tooOld = base({ code: 'D9', registeredAt: new Date('2026-07-01T00:00:00Z') });
    const later = base({ code: 'D5', registeredAt: new Date('2026-11-05T00:00:00Z') });
    const r = scoreDispute(base({ type: 'neighbour', description: '对方扬言报复，并动手打人', linkedIncidents: 4, history: ['registered', 'assessed', 'escalated'] }), [earlier, tooOld, later]);
    expect(r.reasons.map((x) => [x.rule, x.points])).toEqual([
      ['repeat_address', 20], ['repeat_parties', 25], ['linked_incidents', 30], ['threats', 20], ['violence', 30], ['escalation', 15], ['type', 5],
    ]);
    expect(r.score).toBe(100); // 145 capped
    expect(r.level).toBe('high');
    expect(r.reasons[0].disputes).toEqual(['D0']);
    expect(r.reasons[2].incidents).toBe(4);
    expect(r.reasons[3].word).toBe('扬言');
  });

  it('uses the flags when the words are absent, and grades medium from 30', () => {
    const r = scoreDispute(base({ violence: true }), []);
    expect(r).toMatchObject({ score: 30, level: 'medium' });
    expect(r.reasons[0]).toEqual({ rule: 'violence', points: 30 });
  });
});

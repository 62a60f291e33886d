import { describe, expect, it } from 'vitest';
import { scoreDispute } from '../../../core/disputes';
import { describeRiskReasons } from './risk-reasons';

describe('describeRiskReasons', () => {
  it('names each rule and keeps what the server found: codes, counts and the quoted word', () => {
    const earlier = { code: 'MD0007', type: 'debt', registeredAt: new Date('2026-10-20T00:00:00Z'), addressKey: 'A1', partyKeys: ['P9'], description: '', threats: false, violence: false, linkedIncidents: 0, history: ['registered'] };
    const score = scoreDispute(
      { ...earlier, code: 'MD0010', type: 'neighbour', registeredAt: new Date('2026-11-01T00:00:00Z'), partyKeys: ['P1'], description: '对方扬言报复，还动手推搡', linkedIncidents: 2, history: ['registered', 'escalated'] },
      [earlier],
    );
    expect(describeRiskReasons(score.reasons)).toEqual([
      { rule: 'repeat_address', points: 20, label: 'dspRuleRepeatAddress', detail: { key: 'dspReasonOthers', params: { n: 1, codes: 'MD0007' } } },
      { rule: 'linked_incidents', points: 20, label: 'dspRuleLinkedIncidents', detail: { key: 'dspReasonIncidents', params: { n: 2 } } },
      { rule: 'threats', points: 20, label: 'dspRuleThreats', detail: { key: 'dspReasonWord', params: { word: '扬言' } } },
      { rule: 'violence', points: 30, label: 'dspRuleViolence', detail: { key: 'dspReasonWord', params: { word: '动手' } } },
      { rule: 'escalation', points: 15, label: 'dspRuleEscalation', detail: null },
      { rule: 'type', points: 5, label: 'dspRuleType', detail: null },
    ]);
  });

  it('says a flag was set when no word of the record triggered the rule', () => {
    expect(describeRiskReasons([{ rule: 'violence', points: 30, text: 'violence recorded' }])[0].detail).toEqual({ key: 'dspReasonFlag', params: {} });
  });

  it('answers nothing for no reasons', () => {
    expect(describeRiskReasons([])).toEqual([]);
  });
});

import type { RiskReason } from '../../../core/disputes';
import type { MessageKey } from '../../i18n/zh-CN';
import { ruleLabels } from '../../shared/dispute-labels';

/** One reason of an early-warning score, ready for the interface: what the rule is, its points and what it found. */
export interface ReasonLine {
  rule: RiskReason['rule'];
  points: number;
  label: MessageKey;
  detail: { key: MessageKey; params: Record<string, string | number> } | null;
}

/**
 * The reasons of a score (core/disputes/early-warning.ts) as the interface shows them. The server words each
 * reason in English; the interface names the rule in its own language and keeps what the server found in it —
 * the other disputes' codes, the number of linked incidents, the word quoted from the record. Does not mutate input.
 */
export function describeRiskReasons(reasons: readonly RiskReason[]): ReasonLine[] {
  return reasons.map((r) => ({ rule: r.rule, points: r.points, label: ruleLabels[r.rule], detail: detailOf(r) }));
}

function detailOf(r: RiskReason): ReasonLine['detail'] {
  switch (r.rule) {
    case 'repeat_address':
    case 'repeat_parties': {
      const codes = r.text.match(/MD\d+/g) ?? [];
      return codes.length ? { key: 'dspReasonOthers', params: { n: codes.length, codes: codes.join('、') } } : null;
    }
    case 'linked_incidents': {
      const n = Number(/^\d+/.exec(r.text)?.[0]);
      return Number.isFinite(n) ? { key: 'dspReasonIncidents', params: { n } } : null;
    }
    case 'threats':
    case 'violence': {
      const word = /“([^”]+)”/.exec(r.text)?.[1];
      return word ? { key: 'dspReasonWord', params: { word } } : { key: 'dspReasonFlag', params: {} };
    }
    default:
      return null;
  }
}

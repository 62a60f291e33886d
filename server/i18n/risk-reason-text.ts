import type { RiskReason } from '../../core/disputes';
import type { Language } from './language';
import { say } from './messages';

/** A reason of a dispute's early-warning score as a sentence in `language`: the rule and what it found. */
export function riskReasonText(language: Language, r: RiskReason): string {
  switch (r.rule) {
    case 'repeat_address':
    case 'repeat_parties':
      return say(language, `risk_${r.rule}`, { n: r.disputes?.length ?? 0, codes: r.disputes ?? [] });
    case 'linked_incidents':
      return say(language, 'risk_linked_incidents', { n: r.incidents ?? 0 });
    case 'threats':
    case 'violence':
      return r.word ? say(language, `risk_${r.rule}_word`, { word: r.word }) : say(language, `risk_${r.rule}`);
    default:
      return say(language, `risk_${r.rule}`);
  }
}

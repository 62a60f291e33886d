/**
 * The 民转刑 early-warning score of a dispute (civil disputes turning into crimes): transparent rules, each with
 * its points and a reason a person can read and check. Pure.
 */

export interface DisputeForScoring {
  code: string;
  type: string;
  registeredAt: Date;
  addressKey: string | null;
  /** Identity numbers (or, without them, names) of the parties. */
  partyKeys: string[];
  description: string;
  threats: boolean;
  violence: boolean;
  linkedIncidents: number;
  /** Statuses the dispute has been in, including the current one. */
  history: string[];
}

/**
 * One rule that added to a score, with what it found — the other disputes' codes, the number of linked incidents, the
 * word quoted from the record — for the server to word in the reader's language (server/i18n/risk-reason-text.ts).
 */
export interface RiskReason {
  rule: 'repeat_address' | 'repeat_parties' | 'linked_incidents' | 'threats' | 'violence' | 'escalation' | 'type';
  points: number;
  disputes?: string[];
  incidents?: number;
  word?: string;
}

export interface RiskScore {
  score: number;
  level: 'high' | 'medium' | 'low';
  reasons: RiskReason[];
}

const windowDays = 90;
// Words in a record that signal threats or violence (the flags can also be set by hand).
const threatWords = ['威胁', '扬言', '报复', '恐吓', '同归于尽'];
const violenceWords = ['殴打', '打人', '动手', '持刀', '刀', '受伤', '打伤', '砸'];
// Disputes that most often turn violent in the practice (family and neighbour quarrels).
const volatileTypes = new Set(['family', 'neighbour']);

/**
 * Scores `dispute` against the other disputes on record (`others`, any order; those more than 90 days before or after
 * it are ignored): +20 per earlier dispute at the same address (at most 2), +25 per earlier dispute between the same
 * parties (at most 2), +10 per linked incident (at most 3), +20 for threats, +30 for violence (a flag or words in
 * the description), +15 if it was ever escalated, +5 for a family or neighbour dispute. Capped at 100; high ≥ 60,
 * medium ≥ 30.
 */
export function scoreDispute(dispute: DisputeForScoring, others: readonly DisputeForScoring[]): RiskScore {
  const reasons: RiskReason[] = [];
  const within = (o: DisputeForScoring) =>
    o.code !== dispute.code && Math.abs(o.registeredAt.getTime() - dispute.registeredAt.getTime()) <= windowDays * 86_400_000 && o.registeredAt <= dispute.registeredAt;
  const sameAddress = dispute.addressKey ? others.filter((o) => within(o) && o.addressKey === dispute.addressKey) : [];
  if (sameAddress.length > 0) {
    reasons.push({ rule: 'repeat_address', points: 20 * Math.min(2, sameAddress.length), disputes: sameAddress.map((o) => o.code) });
  }
  const parties = new Set(dispute.partyKeys);
  const sameParties = parties.size > 0 ? others.filter((o) => within(o) && o.partyKeys.some((k) => parties.has(k))) : [];
  if (sameParties.length > 0) {
    reasons.push({ rule: 'repeat_parties', points: 25 * Math.min(2, sameParties.length), disputes: sameParties.map((o) => o.code) });
  }
  if (dispute.linkedIncidents > 0) {
    reasons.push({ rule: 'linked_incidents', points: 10 * Math.min(3, dispute.linkedIncidents), incidents: dispute.linkedIncidents });
  }
  const threatWord = threatWords.find((w) => dispute.description.includes(w));
  if (dispute.threats || threatWord) reasons.push({ rule: 'threats', points: 20, ...(threatWord ? { word: threatWord } : {}) });
  const violenceWord = violenceWords.find((w) => dispute.description.includes(w));
  if (dispute.violence || violenceWord) reasons.push({ rule: 'violence', points: 30, ...(violenceWord ? { word: violenceWord } : {}) });
  if (dispute.history.includes('escalated')) reasons.push({ rule: 'escalation', points: 15 });
  if (volatileTypes.has(dispute.type)) reasons.push({ rule: 'type', points: 5 });
  const score = Math.min(100, reasons.reduce((s, r) => s + r.points, 0));
  return { score, level: score >= 60 ? 'high' : score >= 30 ? 'medium' : 'low', reasons };
}

/**
 * Two-month assessment rounds (双月考评) as the API names them: 'YYYY-MM/MM' with an odd first month, e.g. 2026-09/10
 * (core/contracts/workforce.ts, roundSchema). Months are counted in China Standard Time (UTC+8, no daylight saving),
 * the time the rounds are held in.
 */
import { localFields } from '../../../core/time';

/** The round a moment (ms since epoch) falls in. */
export function roundOf(ms: number): string {
  const { year, month } = localFields(ms);
  const first = month - ((month - 1) % 2); // 1, 3, …, 11
  return `${year}-${String(first).padStart(2, '0')}/${String(first + 1).padStart(2, '0')}`;
}

/** The round before `round` (2026-01/02 → 2025-11/12). */
export function previousRound(round: string): string {
  const year = Number(round.slice(0, 4));
  const first = Number(round.slice(5, 7));
  return first === 1 ? `${year - 1}-11/12` : `${year}-${String(first - 2).padStart(2, '0')}/${String(first - 1).padStart(2, '0')}`;
}

/** The rounds to offer a grade for, newest first: the running round and the `count - 1` before it. */
export function recentRounds(nowMs: number, count = 6): string[] {
  const out = [roundOf(nowMs)];
  while (out.length < count) out.push(previousRound(out[out.length - 1]));
  return out;
}

/** The round an assessor grades by default: the last one that has ended (the running round is still being worked). */
export function defaultAssessmentRound(nowMs: number): string {
  return previousRound(roundOf(nowMs));
}

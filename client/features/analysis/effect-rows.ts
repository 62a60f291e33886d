import type { DosageEffectAnswer } from '../../../core/contracts/dosage';
import type { Translate } from '../../i18n/messages';

/** One hot spot as the 巡后警情对比 table shows it: the server's rates and counts, worded; nothing computed here. */
export interface EffectRow {
  id: string;
  name: string;
  visits: number;
  /** '0.25 /时' or '—' when there was no such hour. */
  afterRate: string;
  /** '2 起 / 8 小时': the sample the rate rests on ('' for a hot spot without visits: it has no hours to compare). */
  afterSample: string;
  otherRate: string;
  otherSample: string;
  /** Incidents expected in the after-visit hours at the other hours' rates, '—' without visits. */
  expected: string;
}

const rate = (r: number | null, t: Translate) => (r === null ? '—' : t('effectRate', { rate: r.toFixed(2) }));

/**
 * The rows of the comparison, hot spots that had visits first (the others have nothing to compare), each group in the
 * server's order (most incidents first).
 */
export function toEffectRows(hotspots: DosageEffectAnswer['hotspots'], t: Translate): EffectRow[] {
  const visited = hotspots.filter((h) => h.visits > 0);
  const rest = hotspots.filter((h) => h.visits === 0);
  return [...visited, ...rest].map((h) => {
    const c = h.comparison;
    const sample = (incidents: number, hours: number) => (h.visits === 0 ? '' : t('effectSample', { incidents, hours }));
    return {
      id: h.id,
      name: h.name,
      visits: h.visits,
      afterRate: rate(c.visitRate, t),
      afterSample: sample(c.visitIncidents, c.visitHours),
      otherRate: rate(c.otherRate, t),
      otherSample: sample(c.otherIncidents, c.otherHours),
      expected: c.expectedIncidents === null ? '—' : c.expectedIncidents.toFixed(1),
    };
  });
}

import type { FreshnessCounts, FreshnessShares } from '../contracts/registry';
import { shareOf } from '../measures/share-of';

/**
 * The shares of one grid's or building's 一标三实 counts: 楼栋核验率 = buildings verified within FRESH_DAYS over
 * buildings; 人员核验率 = residents (not moved out) verified within FRESH_DAYS over residents (the glossary's words,
 * core/measures/glossary.ts); coverage = buildings with a standard address over buildings; floating share = floating
 * over residents; rental share = rented over houses; overdue checks = buildings not verified within FRESH_DAYS.
 * Shares are rounded to 4 decimals, null when there is nothing to divide. Pure.
 */
export function summariseFreshness(c: FreshnessCounts): FreshnessShares {
  return {
    buildingsVerifiedShare: shareOf(c.buildingsVerified, c.buildings),
    residentsVerifiedShare: shareOf(c.residentsVerified, c.residents),
    coverage: shareOf(c.buildingsWithAddress, c.buildings),
    floatingShare: shareOf(c.floating, c.residents),
    rentalShare: shareOf(c.rented, c.houses),
    overdueChecks: c.buildings - c.buildingsVerified,
  };
}

import type { FreshnessCounts, FreshnessShares } from '../contracts/registry';

const share = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/**
 * The shares of one grid's or building's 一标三实 counts: freshness = records (addresses, residents not moved out,
 * houses, organisations) verified within FRESH_DAYS over all records; coverage = buildings with a standard address
 * over buildings; floating share = floating over residents; rental share = rented over houses; overdue checks =
 * buildings not verified within FRESH_DAYS. Shares are rounded to 4 decimals, null when there is nothing to divide.
 * Pure.
 */
export function summariseFreshness(c: FreshnessCounts): FreshnessShares {
  const records = c.addresses + c.residents + c.houses + c.organisations;
  const verified = c.addressesVerified + c.residentsVerified + c.housesVerified + c.organisationsVerified;
  return {
    freshness: share(verified, records),
    coverage: share(c.buildingsWithAddress, c.buildings),
    floatingShare: share(c.floating, c.residents),
    rentalShare: share(c.rented, c.houses),
    overdueChecks: c.buildings - c.buildingsVerified,
  };
}

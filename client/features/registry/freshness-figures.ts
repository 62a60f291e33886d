import { FRESH_DAYS, type FreshnessShares, type GridFreshness } from '../../../core/contracts/registry';

/** Below this share of records verified within FRESH_DAYS a grid or building is stale (highlighted red). */
export const STALE_BELOW = 0.6;
/** Below this share it lags (highlighted amber); at or above it, it is fresh. */
export const LAGGING_BELOW = 0.8;

export type FreshnessLevel = 'none' | 'stale' | 'lagging' | 'fresh';

/** How fresh a grid's or building's records are; 'none' when it holds no records (share null). */
export function freshnessLevel(share: number | null): FreshnessLevel {
  if (share === null) return 'none';
  return share < STALE_BELOW ? 'stale' : share < LAGGING_BELOW ? 'lagging' : 'fresh';
}

/** Whether a row wants attention: stale records, or buildings whose check is overdue. */
export function needsAttention(row: Pick<FreshnessShares, 'residentsVerifiedShare' | 'overdueChecks'>): boolean {
  return freshnessLevel(row.residentsVerifiedShare) === 'stale' || row.overdueChecks > 0;
}

/** Whether a date-time (ISO) lies within FRESH_DAYS before `nowMs`; false for null. */
export function isVerifiedRecently(verifiedAt: string | null, nowMs: number): boolean {
  if (!verifiedAt) return false;
  const at = Date.parse(verifiedAt);
  return Number.isFinite(at) && nowMs - at <= FRESH_DAYS * 86_400_000;
}

/** Whether a row's code or names contain the search text (case-insensitive, surrounding blanks ignored); an empty search matches all. */
export function matchesSearch(fields: readonly (string | null | undefined)[], search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  return fields.some((f) => typeof f === 'string' && f.toLowerCase().includes(needle));
}

export interface FreshnessChange {
  before: number | null;
  after: number | null;
  /** after − before in percentage points, rounded to 0.1; null when either is null. */
  deltaPoints: number | null;
  overdueBefore: number;
  overdueAfter: number;
  /** Records that became verified (addresses, residents, houses, organisations). */
  recordsVerified: number;
}

const verifiedRecords = (r: GridFreshness) => r.addressesVerified + r.residentsVerified + r.housesVerified + r.organisationsVerified;

/** What a verification visit changed in its grid's figures, from the grid's rows before and after. Pure. */
export function freshnessChange(before: GridFreshness, after: GridFreshness): FreshnessChange {
  const deltaPoints = before.residentsVerifiedShare === null || after.residentsVerifiedShare === null ? null : Math.round((after.residentsVerifiedShare - before.residentsVerifiedShare) * 1000) / 10;
  return {
    before: before.residentsVerifiedShare,
    after: after.residentsVerifiedShare,
    deltaPoints,
    overdueBefore: before.overdueChecks,
    overdueAfter: after.overdueChecks,
    recordsVerified: verifiedRecords(after) - verifiedRecords(before),
  };
}

/** A change in percentage points with its sign (+3.7, −0.4, ±0.0); '—' for null. */
export function formatPoints(points: number | null): string {
  if (points === null) return '—';
  if (points === 0) return '±0.0';
  return `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)}`;
}

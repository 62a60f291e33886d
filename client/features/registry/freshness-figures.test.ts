import { describe, expect, it } from 'vitest';
import type { GridFreshness } from '../../../core/contracts/registry';
import { formatPoints, freshnessChange, freshnessLevel, isVerifiedRecently, matchesSearch, needsAttention } from './freshness-figures';

const row = (over: Partial<GridFreshness> = {}): GridFreshness => ({
  gridCode: '511703001001001', name: '梧桐梁社区第1网格', openTasks: 1, overdueTasks: 0,
  buildings: 7, buildingsVerified: 4, buildingsWithAddress: 7, addresses: 7, addressesVerified: 4, residents: 100, residentsVerified: 50,
  floating: 20, houses: 40, housesVerified: 20, rented: 10, vacant: 3, organisations: 5, organisationsVerified: 2,
  buildingsVerifiedShare: 0.5714, residentsVerifiedShare: 0.5, coverage: 1, floatingShare: 0.2, rentalShare: 0.25, overdueChecks: 3, ...over,
});

describe('freshness levels', () => {
  it('calls a share below 60% stale, below 80% lagging, and the rest fresh; no records is none', () => {
    expect([0, 0.5999, 0.6, 0.7999, 0.8, 1].map(freshnessLevel)).toEqual(['stale', 'stale', 'lagging', 'lagging', 'fresh', 'fresh']);
    expect(freshnessLevel(null)).toBe('none');
  });

  it('wants attention for stale records or an overdue check, not for a lagging grid whose checks are done', () => {
    expect(needsAttention({ residentsVerifiedShare: 0.5, overdueChecks: 0 })).toBe(true);
    expect(needsAttention({ residentsVerifiedShare: 0.95, overdueChecks: 1 })).toBe(true);
    expect(needsAttention({ residentsVerifiedShare: 0.7, overdueChecks: 0 })).toBe(false);
  });
});

describe('formatting', () => {
  it('writes percentage points with their sign', () => {
    expect(formatPoints(3.7)).toBe('+3.7');
    expect(formatPoints(-0.4)).toBe('−0.4');
    expect(formatPoints(0)).toBe('±0.0');
    expect(formatPoints(null)).toBe('—');
  });
});

describe('freshnessChange', () => {
  it('gives before and after, the change in points, the overdue checks and the records newly verified', () => {
    const before = row();
    const after = row({ residentsVerifiedShare: 0.5821, residentsVerified: 70, housesVerified: 28, addressesVerified: 5, organisationsVerified: 3, overdueChecks: 2 });
    expect(freshnessChange(before, after)).toEqual({ before: 0.5, after: 0.5821, deltaPoints: 8.2, overdueBefore: 3, overdueAfter: 2, recordsVerified: 30 });
  });

  it('gives no change in points when a grid has no records', () => {
    expect(freshnessChange(row({ residentsVerifiedShare: null }), row({ residentsVerifiedShare: null })).deltaPoints).toBeNull();
  });

  it('does not mutate the rows', () => {
    const before = row();
    const copy = structuredClone(before);
    freshnessChange(before, row({ residentsVerifiedShare: 0.6 }));
    expect(before).toEqual(copy);
  });
});

describe('search and dates', () => {
  it('finds a row by any part of its code or name, ignoring case and blanks; an empty search finds all', () => {
    expect(matchesSearch(['C0001-B01', '1栋', '星河城'], ' c0001 ')).toBe(true);
    expect(matchesSearch(['C0001-B01', '1栋', '星河城'], '星河')).toBe(true);
    expect(matchesSearch(['C0001-B01', null, undefined], '梧桐')).toBe(false);
    expect(matchesSearch(['C0001-B01'], '  ')).toBe(true);
  });

  it('counts a record as verified recently within 90 days, and never when it was not verified', () => {
    const now = Date.parse('2026-05-01T12:00:00+08:00');
    expect(isVerifiedRecently('2026-02-01T12:00:00+08:00', now)).toBe(true);
    expect(isVerifiedRecently('2026-01-30T12:00:00+08:00', now)).toBe(false);
    expect(isVerifiedRecently(null, now)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { FreshnessCounts } from '../contracts/registry';
import { formatCsv } from './format-csv';
import { summariseFreshness } from './summarise-freshness';

const counts: FreshnessCounts = {
  buildings: 4, buildingsVerified: 3, buildingsWithAddress: 4, addresses: 4, addressesVerified: 3, residents: 30, residentsVerified: 20,
  floating: 6, houses: 12, housesVerified: 9, rented: 3, vacant: 1, organisations: 4, organisationsVerified: 0,
};

describe('summariseFreshness', () => {
  it('divides verified buildings by buildings and verified residents by residents, each on its own', () => {
    expect(summariseFreshness(counts)).toEqual({
      buildingsVerifiedShare: 0.75, residentsVerifiedShare: 0.6667, coverage: 1, floatingShare: 0.2, rentalShare: 0.25, overdueChecks: 1,
    });
  });

  it('answers null shares for an empty grid', () => {
    const none = Object.fromEntries(Object.keys(counts).map((k) => [k, 0])) as unknown as FreshnessCounts;
    expect(summariseFreshness(none)).toEqual({ buildingsVerifiedShare: null, residentsVerifiedShare: null, coverage: null, floatingShare: null, rentalShare: null, overdueChecks: 0 });
  });
});

describe('formatCsv', () => {
  it('writes a BOM, a header and CRLF lines, quoting commas, quotes and line breaks', () => {
    expect(formatCsv(['a', 'b'], [{ a: 'x,y', b: 'say "hi"' }, { a: null, b: 'l1\nl2' }])).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n,"l1\nl2"\r\n');
  });

  it('defuses values a spreadsheet would run as formulas, but not negative numbers', () => {
    expect(formatCsv(['a'], [{ a: '=HYPERLINK("x")' }, { a: '-12.5' }, { a: '@SUM(A1)' }])).toBe('\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n-12.5\r\n\'@SUM(A1)\r\n');
  });
});

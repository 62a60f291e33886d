import { describe, expect, it } from 'vitest';
import { addMonths, monthBounds, monthOf, monthOfPartition, monthStart, monthsBetween, parseMonth, partitionName } from './partition-months';

describe('partition months (UTC+8)', () => {
  it('puts an instant in its China Standard Time month, not its UTC one', () => {
    expect(monthOf(new Date('2025-12-31T16:00:00Z'))).toEqual({ year: 2026, month: 1 });
    expect(monthOf(new Date('2025-12-31T15:59:59Z'))).toEqual({ year: 2025, month: 12 });
    expect(monthStart({ year: 2026, month: 1 }).toISOString()).toBe('2025-12-31T16:00:00.000Z');
  });

  it('steps months across years both ways and lists a range with both ends', () => {
    expect(addMonths({ year: 2025, month: 11 }, 3)).toEqual({ year: 2026, month: 2 });
    expect(addMonths({ year: 2025, month: 1 }, -1)).toEqual({ year: 2024, month: 12 });
    expect(monthsBetween({ year: 2025, month: 12 }, { year: 2026, month: 2 })).toHaveLength(3);
    expect(monthsBetween({ year: 2026, month: 2 }, { year: 2025, month: 12 })).toEqual([]);
  });

  it('names a partition and reads the name back; bounds run midnight to midnight +08', () => {
    expect(partitionName('audit_log', { year: 2024, month: 3 })).toBe('audit_log_2024_03');
    expect(monthOfPartition('audit_log', 'audit_log_2024_03')).toEqual({ year: 2024, month: 3 });
    expect(monthOfPartition('audit_log', 'audit_log_default')).toBeNull();
    expect(monthBounds({ year: 2024, month: 12 })).toEqual({ from: '2024-12-01 00:00:00+08', to: '2025-01-01 00:00:00+08' });
  });

  it('parses YYYY-MM and nothing else', () => {
    expect(parseMonth('2024-01')).toEqual({ year: 2024, month: 1 });
    expect(parseMonth('2024-13')).toBeNull();
    expect(parseMonth('2024-1')).toBeNull();
  });
});

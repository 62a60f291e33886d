import { describe, expect, it } from 'vitest';
import { emptyAuditFilter, localInputToIso, toAuditSearch } from './audit-query';

describe('toAuditSearch', () => {
  it('sends only the limit for an empty filter', () => {
    expect(toAuditSearch(emptyAuditFilter)).toBe('limit=200');
  });

  it('sends trimmed names and times as ISO instants the server accepts', () => {
    const p = new URLSearchParams(toAuditSearch({ username: ' grid001 ', action: 'unmask', from: '2026-05-01T08:00', to: '' }, 50));
    expect(p.get('username')).toBe('grid001');
    expect(p.get('action')).toBe('unmask');
    expect(p.get('from')).toBe(new Date('2026-05-01T08:00').toISOString());
    expect(p.get('from')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(p.has('to')).toBe(false);
    expect(p.get('limit')).toBe('50');
  });
});

describe('localInputToIso', () => {
  it('answers null for a blank or impossible value', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('not a date')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { AuditQuerySchema } from '../../../core/contracts/admin';
import { emptyAuditFilter, toAuditQuery } from './audit-query';

describe('toAuditQuery', () => {
  it('sends only the limit for an empty filter', () => {
    expect(toAuditQuery(emptyAuditFilter)).toEqual({ limit: 200 });
  });

  it('sends trimmed names and times as ISO instants the server accepts, the times read in Shanghai whatever the browser’s zone', () => {
    const query = toAuditQuery({ username: ' grid001 ', action: 'unmask', from: '2026-05-01T08:00', to: '' }, 50);
    expect(query).toEqual({ limit: 50, username: 'grid001', action: 'unmask', from: '2026-05-01T00:00:00.000Z' });
    expect(query.from).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(AuditQuerySchema.safeParse(query).success).toBe(true);
  });
});

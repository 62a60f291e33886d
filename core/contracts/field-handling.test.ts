import { describe, expect, it } from 'vitest';
import { FieldReportHandleSchema, handlingHasItsNote } from './field';

describe('handling a 随手拍 report', () => {
  it('dismisses only with a note saying why, which the sender reads', () => {
    expect(handlingHasItsNote({ as: 'dismissed', note: '' })).toBe(false);
    expect(handlingHasItsNote({ as: 'dismissed', note: '   ' })).toBe(false);
    expect(handlingHasItsNote({ as: 'dismissed', note: '重复上报' })).toBe(true);
    expect(handlingHasItsNote({ as: 'registry', note: '' })).toBe(true);
  });

  it('the contract refuses a dismissal without a note, on the note, with the rule’s code', () => {
    const parsed = FieldReportHandleSchema.safeParse({ as: 'dismissed', note: ' ' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => ({ path: i.path, rule: (i as { params?: { rule?: string } }).params?.rule }))).toEqual([{ path: ['note'], rule: 'dismissal_needs_note' }]);
    expect(FieldReportHandleSchema.parse({ as: 'incident_lead' })).toEqual({ as: 'incident_lead', note: '' });
  });
});

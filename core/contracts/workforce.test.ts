import { afterEach, describe, expect, it, vi } from 'vitest';
import { NewMeetingSchema } from './workforce';

const meeting = { kind: 'joint_monthly', gridCode: 'G1', topic: '一月联席会', minutes: '研判矛盾纠纷', attendance: ['P00001'] };
const fieldsRefused = (heldOn: string) => {
  const r = NewMeetingSchema.safeParse({ ...meeting, heldOn });
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('NewMeetingSchema', () => {
  afterEach(() => vi.useRealTimers());

  it('takes a meeting held today at 07:00 in Dachuan (still yesterday in UTC) and refuses tomorrow’s', () => {
    vi.useFakeTimers({ now: Date.parse('2026-01-08T07:00:00+08:00') });
    expect(fieldsRefused('2026-01-08')).toEqual([]);
    expect(fieldsRefused('2026-01-09')).toEqual(['heldOn']);
  });

  it('refuses tomorrow late in the evening, today’s date being the district’s', () => {
    vi.useFakeTimers({ now: Date.parse('2026-01-08T23:30:00+08:00') });
    expect(fieldsRefused('2026-01-08')).toEqual([]);
    expect(fieldsRefused('2026-01-09')).toEqual(['heldOn']);
  });
});

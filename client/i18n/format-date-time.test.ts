import { describe, expect, it } from 'vitest';
import { createDateTimeFormatter } from './format-date-time';

describe('createDateTimeFormatter', () => {
  // 02:50:24 UTC is 10:50:24 in Dachuan. The machines that run these tests are on UTC, as a browser set to another
  // zone is: the planner's draft list showed "12/5/2026, 2:50:24 AM" there.
  const savedAt = '2026-12-05T02:50:24.000Z';

  it('shows a moment in the district’s time, whatever zone the machine is in, to the minute', () => {
    expect(createDateTimeFormatter('zh-CN')(savedAt)).toBe('2026/12/5 10:50');
    expect(createDateTimeFormatter('en')(Date.parse(savedAt))).toMatch(/^12\/5\/26,? 10:50$/);
  });

  it('shows the seconds when asked (the audit log)', () => {
    expect(createDateTimeFormatter('zh-CN', { seconds: true })(savedAt)).toBe('2026/12/5 10:50:24');
    expect(createDateTimeFormatter('en', { seconds: true })(savedAt)).toMatch(/^12\/5\/26,? 10:50:24$/);
  });

  it('crosses midnight by the district’s calendar, as 00, not 24, in either language', () => {
    expect(createDateTimeFormatter('zh-CN')('2026-12-05T16:30:00Z')).toBe('2026/12/6 00:30');
    expect(createDateTimeFormatter('en')('2026-12-05T16:30:00Z')).toMatch(/^12\/6\/26,? 00:30$/);
    expect(createDateTimeFormatter('en', { seconds: true })('2026-12-05T16:30:00Z')).toMatch(/^12\/6\/26,? 00:30:00$/);
  });

  it('gives back text it cannot read as a moment', () => {
    expect(createDateTimeFormatter('zh-CN')('不是时间')).toBe('不是时间');
  });
});

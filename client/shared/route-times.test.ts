import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/messages';
import { routeTimes } from './route-times';

describe('routeTimes', () => {
  const t = createTranslator('zh-CN');
  const evening = { start: '19:00', end: '23:00' };

  it('reads from the window’s start to the plan’s end, with the shift’s end beside it when the plan ends earlier', () => {
    expect(routeTimes(t, evening, '20:34')).toBe('19:00–20:34（时段至 23:00）');
    expect(routeTimes(createTranslator('en'), evening, '20:34')).toBe('19:00–20:34 (shift until 23:00)');
  });

  it('reads the window alone when the plan fills it, or for a copy kept before the plan’s end was sent', () => {
    expect(routeTimes(t, evening, '23:00')).toBe('19:00–23:00');
    expect(routeTimes(t, evening, undefined)).toBe('19:00–23:00');
  });
});

import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/messages';
import { describeDateTextProblem, formatDateText, readDateText, readDateTimeText, type DateTextReading } from './date-text';

const zh = createTranslator('zh-CN');
const problemOf = (r: DateTextReading) => {
  if (r.ok) throw new Error(`read as ${r.value}`);
  return r;
};

describe('a date typed as text', () => {
  it('reads year-month-day with -, / or . between, or 年月日, padding month and day', () => {
    expect(readDateText('2026-12-05')).toEqual({ ok: true, value: '2026-12-05' });
    expect(readDateText(' 2026-5-1 ')).toEqual({ ok: true, value: '2026-05-01' });
    expect(readDateText('2026/12/5')).toEqual({ ok: true, value: '2026-12-05' });
    expect(readDateText('2026.12.05')).toEqual({ ok: true, value: '2026-12-05' });
    expect(readDateText('2026年12月5日')).toEqual({ ok: true, value: '2026-12-05' });
    expect(readDateText('2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
  });

  it('reads a blank field as no date', () => {
    expect(readDateText('  ')).toEqual({ ok: true, value: '' });
    expect(readDateTimeText('')).toEqual({ ok: true, value: '' });
  });

  it('refuses month 13 with a Chinese message that says what to type', () => {
    const r = problemOf(readDateText('2026-13-01'));
    expect(r.problem).toBe('month');
    expect(describeDateTextProblem(r, false, zh)).toBe('没有 13 月，请按「年-月-日」填写，如 2026-12-05');
  });

  it('refuses a day the month lacks instead of rolling it into the next month', () => {
    const r = problemOf(readDateText('2026-02-29'));
    expect(r.problem).toBe('day');
    expect(describeDateTextProblem(r, false, zh)).toBe('2026 年 2 月没有 29 日（该月只有 28 天）');
    expect(problemOf(readDateText('2026-04-31')).problem).toBe('day');
    expect(problemOf(readDateText('2026-04-00')).problem).toBe('day');
  });

  it('refuses the browser’s own mm/dd/yyyy and other shapes, asking for year-month-day', () => {
    for (const text of ['12/05/2026', '2026-12', '20261205', '明天']) {
      const r = problemOf(readDateText(text));
      expect(r.problem).toBe('shape');
      expect(describeDateTextProblem(r, false, zh)).toBe('请按「年-月-日」填写，如 2026-12-05');
    }
  });

  it('writes the English message with the year as written, not as a number with a thousands comma', () => {
    expect(describeDateTextProblem(problemOf(readDateText('2026-02-30')), false, createTranslator('en'))).toBe('2026-2 has no day 30 (it has 28 days)');
  });
});

describe('a date and time typed as text', () => {
  it('reads a 24-hour time after a space or T, also with a full-width colon, as YYYY-MM-DDTHH:mm', () => {
    expect(readDateTimeText('2026-12-05 14:30')).toEqual({ ok: true, value: '2026-12-05T14:30' });
    expect(readDateTimeText('2026-12-05T14:30')).toEqual({ ok: true, value: '2026-12-05T14:30' });
    expect(readDateTimeText('2026-12-5 9:05')).toEqual({ ok: true, value: '2026-12-05T09:05' });
    expect(readDateTimeText('2026-12-05 14：30')).toEqual({ ok: true, value: '2026-12-05T14:30' });
    expect(readDateTimeText('2026-12-05 00:00')).toEqual({ ok: true, value: '2026-12-05T00:00' });
  });

  it('refuses a missing time, hour 24, minute 60 and AM/PM, saying to use the 24-hour clock', () => {
    for (const text of ['2026-12-05', '2026-12-05 24:00', '2026-12-05 14:60']) {
      const r = problemOf(readDateTimeText(text));
      expect(r.problem).toBe('time');
      expect(describeDateTextProblem(r, true, zh)).toBe('时间请按 24 小时制「时:分」填写，在 00:00–23:59 之间，如 14:30');
    }
    const r = problemOf(readDateTimeText('12/05/2026, 02:30 PM'));
    expect(describeDateTextProblem(r, true, zh)).toBe('请按「年-月-日 时:分」填写（24 小时制），如 2026-12-05 14:30');
  });

  it('checks the day before the time', () => {
    expect(problemOf(readDateTimeText('2026-13-01 10:00')).problem).toBe('month');
  });
});

describe('formatDateText', () => {
  it('shows a date-time with a space for the T, and anything else as it is', () => {
    expect(formatDateText('2026-12-05T14:30')).toBe('2026-12-05 14:30');
    expect(formatDateText('2026-12-05')).toBe('2026-12-05');
    expect(formatDateText('2026-13-01 1')).toBe('2026-13-01 1');
    expect(formatDateText('')).toBe('');
  });
});

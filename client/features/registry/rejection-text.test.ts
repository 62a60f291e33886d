import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/messages';
import { reasonText } from './rejection-text';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');
const say = (reason: string, t = zh) => {
  const r = reasonText(reason);
  return r ? t(r.key, r.params) : null;
};

describe('rejection reasons in the interface’s words', () => {
  it('says the three reasons of the issue’s example in Chinese', () => {
    expect(say('id_number has a wrong check character (GB 11643)')).toBe('id_number 校验位错误（GB 11643）');
    expect(say('no building C9999-B99 in your jurisdiction')).toBe('辖区内没有楼栋 C9999-B99');
    expect(say('moved_out_on is before moved_in_on')).toBe('moved_out_on 早于 moved_in_on');
  });

  it('says the server’s own words again in English', () => {
    for (const reason of [
      'id_number has a wrong check character (GB 11643)',
      'no standard address A-X in your jurisdiction',
      'house C0001-B01-1-101 is not in building C0001-B02',
      'moved_in_on 2099-01-01 is after today (2026-05-01)',
      'id R900001 already exists',
      'code T-1 repeats row 3',
      'id_number repeats row 2',
      'name is required',
      'rental_start is required for a rented house',
      'the header lacks the column kind',
      'the file holds no rows',
    ]) expect(say(reason, en), reason).toBe(reason);
  });

  it('fills every placeholder of the message it picks', () => {
    expect(say('code T-1 repeats row 3')).toBe('code T-1 与第 3 行重复');
    expect(say('id_number has no valid birth date (19991399)')).toBe('id_number 出生日期无效（19991399）');
    expect(say('the row has 3 values; the header has 10 columns (a comma in an unquoted value?)')).toBe('该行有 3 个值，表头有 10 列（未加引号的值中有逗号？）');
  });

  it('knows no reason it was not written for', () => {
    expect(reasonText('geometry must be null or a Point [lng, lat] in WGS 84 degrees')).toBeNull();
  });
});

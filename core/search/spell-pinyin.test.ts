import { describe, expect, it } from 'vitest';
import { spellPinyin } from './spell-pinyin';

describe('spellPinyin', () => {
  it('spells a Chinese name in toneless pinyin and its initials', () => {
    expect(spellPinyin('三里坪社区')).toEqual({ full: 'sanlipingshequ', initials: 'slpsq' });
  });

  it('keeps Latin letters and digits whole, lower case, and drops spaces', () => {
    expect(spellPinyin('小河嘴KTV聚集区')).toEqual({ full: 'xiaohezuiktvjujiqu', initials: 'xhzktvjjq' });
    expect(spellPinyin('星河城 1栋').initials).toBe('xhc1d');
  });

  it('writes ü as v, as pinyin keyboards do', () => {
    expect(spellPinyin('绿地').full).toBe('lvdi');
  });

  it('is empty for an empty name', () => {
    expect(spellPinyin('')).toEqual({ full: '', initials: '' });
  });
});

import { pinyin } from 'pinyin-pro';

/** A name spelled in pinyin without tones: the whole syllables run together, and their first letters. */
export interface PinyinKeys {
  /** 三里坪社区 → 'sanlipingshequ'. */
  full: string;
  /** 三里坪社区 → 'slpsq'. */
  initials: string;
}

const chineseRun = /[\u3400-\u9fff\uf900-\ufaff]+/gu;

/**
 * The pinyin of a name for matching what a person types with a Latin keyboard ("slp" finds 三里坪). Text that is
 * not Chinese is kept whole, lower case, in both spellings (小河嘴KTV聚集区 → initials 'xhzktvjjq'); ü is written v, as
 * pinyin keyboards take it; spaces are dropped. Polyphonic characters are read as pinyin-pro reads them within their
 * run of Chinese (银行 → yin hang). Pure.
 */
export function spellPinyin(name: string): PinyinKeys {
  let full = '';
  let initials = '';
  let at = 0;
  const keepOther = (text: string) => {
    const t = text.toLowerCase().replace(/\s+/g, '');
    full += t;
    initials += t;
  };
  for (const m of name.matchAll(chineseRun)) {
    keepOther(name.slice(at, m.index));
    for (const s of pinyin(m[0], { toneType: 'none', type: 'array' })) {
      const syllable = s.replace(/ü/g, 'v');
      full += syllable;
      initials += syllable[0] ?? '';
    }
    at = m.index + m[0].length;
  }
  keepOther(name.slice(at));
  return { full, initials };
}

import { describe, expect, it } from 'vitest';
import type { SearchKind } from '../contracts/search';
import { prepareSearchEntry } from './prepare-search-entry';
import { rankSearchEntries } from './rank-search-entries';

const entry = (kind: SearchKind, id: string, names: string[], extra: { codes?: string[]; context?: string[]; groupKey?: string } = {}) =>
  prepareSearchEntry({ kind, id, names, ...extra });

const entries = [
  entry('street', '511703001', ['三里坪街道', '三里坪']),
  entry('community', '511703001006', ['三里坪社区', '三里坪社区居民委员会', '三里坪'], { context: ['三里坪街道'] }),
  entry('community', '511703001001', ['梧桐梁社区', '梧桐梁社区居民委员会', '梧桐梁'], { context: ['三里坪街道'] }),
  entry('grid', '511703001001001', ['梧桐梁社区第1网格'], { codes: ['511703001001001'], context: ['梧桐梁社区', '三里坪街道'] }),
  entry('grid', '511703002001001', ['草街子社区第1网格'], { codes: ['511703002001001'], context: ['草街子社区', '翠屏街道'] }),
  entry('station', 'PS01', ['三里坪派出所']),
  entry('key_place', 'KP01', ['达川区行政中心'], { context: ['三里坪社区'] }),
  entry('key_place', 'KP10', ['小河嘴KTV聚集区']),
  entry('address', 'A-C0001-B01', ['星河城1栋'], { context: ['四川省达州市达川区三里坪街道梧桐梁社区星河城1栋', '梧桐梁社区第1网格'], groupKey: 'C0001-B01' }),
  entry('building', 'C0001-B01', ['星河城1栋'], { context: ['梧桐梁社区', '三里坪街道'], groupKey: 'C0001-B01' }),
  entry('building', 'C0001-B02', ['星河城2栋'], { context: ['梧桐梁社区', '三里坪街道'], groupKey: 'C0001-B02' }),
  entry('compound', 'C0001', ['星河城'], { context: ['梧桐梁社区', '三里坪街道'] }),
];
const ids = (q: string, options: Partial<Parameters<typeof rankSearchEntries>[2]> = {}) =>
  rankSearchEntries(entries, q, { limit: 10, ...options }).map((r) => r.entry.id);
const matchOf = (q: string, id: string) => rankSearchEntries(entries, q, { limit: 50 }).find((r) => r.entry.id === id)?.match;

describe('rankSearchEntries', () => {
  it('puts an exact name before names that start with it, and areas before places of the same match', () => {
    expect(ids('三里坪').slice(0, 3)).toEqual(['511703001', '511703001006', 'PS01']);
    expect(matchOf('三里坪', '511703001006')).toBe('exact');
    expect(matchOf('三里坪', 'PS01')).toBe('prefix');
  });

  it('finds a community from part of its name, before the grids named after it', () => {
    expect(ids('梧桐')[0]).toBe('511703001001');
    expect(ids('梧桐')[1]).toBe('511703001001001');
    expect(ids('三里')[0]).toBe('511703001');
  });

  it('ranks a name that starts with the query before one that only contains it', () => {
    const found = rankSearchEntries(entries, '河城', { limit: 10 });
    expect(found.every((r) => r.match === 'words')).toBe(true);
    expect(ids('星河')[0]).toBe('C0001');
  });

  it('finds a grid by its full 15-digit code, and by its last digits', () => {
    expect(ids('511703001001001')).toEqual(['511703001001001']);
    expect(matchOf('511703001001001', '511703001001001')).toBe('exact');
    expect(ids('2001001')).toEqual(['511703002001001']);
    expect(ids('1001')).toEqual(['511703001001001', '511703002001001']);
  });

  it('takes full-width digits and spaces as typed on a Chinese keyboard', () => {
    expect(ids('５１１７０３００１００１００１')).toEqual(['511703001001001']);
    expect(ids('  星河城　1栋 ')[0]).toBe('A-C0001-B01');
  });

  it('matches every word of the query, in any order', () => {
    expect(matchOf('1栋 星河', 'A-C0001-B01')).toBe('words');
    expect(matchOf('梧桐梁 星河城1栋', 'A-C0001-B01')).toBe('context');
    expect(ids('梧桐梁 火星')).toEqual([]);
  });

  it('finds names by their pinyin initials or whole pinyin, after every Chinese match', () => {
    expect(ids('slp')).toEqual(expect.arrayContaining(['511703001', '511703001006', 'PS01']));
    expect(matchOf('slp', '511703001006')).toBe('pinyin');
    expect(ids('wtl')[0]).toBe('511703001001');
    expect(ids('wutong')[0]).toBe('511703001001');
    expect(ids('SLP')).toEqual(ids('slp'));
  });

  it('matches Latin text inside a Chinese name as it is written', () => {
    expect(ids('ktv')).toEqual(['KP10']);
    expect(matchOf('ktv', 'KP10')).toBe('words');
  });

  it('keeps only the best of an address and its building (one place found twice)', () => {
    expect(ids('星河城1栋')).toEqual(['A-C0001-B01']);
    expect(ids('星河城1栋', { kinds: ['building'] })).toEqual(['C0001-B01']);
  });

  it('looks only at the kinds asked for and the entries accepted', () => {
    expect(ids('三里坪', { kinds: ['station'] })).toEqual(['PS01']);
    expect(ids('三里坪', { accept: (e) => e.kind !== 'street' })[0]).toBe('511703001006');
  });

  it('gives at most `limit` results, and nothing for a blank query or a limit under 1', () => {
    expect(ids('栋', { limit: 2 })).toHaveLength(2);
    expect(ids('   ')).toEqual([]);
    expect(ids('三里坪', { limit: 0 })).toEqual([]);
  });

  it('orders equal input the same way every time, and does not mutate the entries', () => {
    const before = JSON.stringify(entries);
    expect(ids('梧桐')).toEqual(ids('梧桐'));
    expect(JSON.stringify(entries)).toBe(before);
  });
});

import { describe, expect, it } from 'vitest';
import { shortAddress } from './short-address';

const label = '四川省达州市达川区三里坪街道梧桐梁社区星河城1栋';

describe('shortAddress', () => {
  it('cuts the province, city, district, street and community off a standard address', () => {
    expect(shortAddress(label, ['梧桐梁社区居民委员会', '梧桐梁社区', '三里坪街道'])).toBe('星河城1栋');
  });

  it('cuts after the street when the community is not in the label', () => {
    expect(shortAddress('四川省达州市达川区三里坪街道星河城1栋', ['梧桐梁社区', '三里坪街道'])).toBe('星河城1栋');
  });

  it('keeps the label when no area is found, or nothing would be left', () => {
    expect(shortAddress('翠屏路12号', ['梧桐梁社区', null, undefined])).toBe('翠屏路12号');
    expect(shortAddress('梧桐梁社区', ['梧桐梁社区'])).toBe('梧桐梁社区');
  });
});

import { describe, expect, it } from 'vitest';
import { toResidentQuery } from './resident-query';

describe('toResidentQuery', () => {
  it('always sends the page and leaves out blank filters', () => {
    expect(toResidentQuery({ gridCode: '  ', kind: '', q: ' ' }, 0)).toEqual({ limit: 50, offset: 0 });
  });

  it('sends a trimmed grid code and the kind', () => {
    expect(toResidentQuery({ gridCode: ' 511703001001001 ', kind: 'floating', q: '' }, 100, 25)).toEqual({ limit: 25, offset: 100, gridCode: '511703001001001', kind: 'floating' });
  });

  it('sends a name or ID number typed, trimmed', () => {
    expect(toResidentQuery({ gridCode: '', kind: '', q: ' 张 ' }, 0)).toEqual({ limit: 50, offset: 0, q: '张' });
  });
});

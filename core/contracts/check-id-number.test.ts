import { describe, expect, it } from 'vitest';
import { checkIdNumber } from './check-id-number';

describe('checkIdNumber', () => {
  it('accepts the standard’s published example, whose check character is X', () => {
    expect(checkIdNumber('11010519491231002X')).toBeNull();
  });

  it('refuses a wrong check character', () => {
    expect(checkIdNumber('110105194912310021')).toEqual({ rule: 'id_number_check_char', params: {} });
  });

  it('refuses a wrong length, letters, and a lower-case x', () => {
    expect(checkIdNumber('11010519491231002')).toMatchObject({ rule: 'id_number_length' });
    expect(checkIdNumber('1101051949123100AX')).toMatchObject({ rule: 'id_number_length' });
    expect(checkIdNumber('11010519491231002x')).toMatchObject({ rule: 'id_number_length' });
  });

  it('refuses an impossible birth date and a region starting with 0', () => {
    expect(checkIdNumber('110105194902300021')).toEqual({ rule: 'id_number_birth_date', params: { date: '19490230' } });
    expect(checkIdNumber('010105194912310021')).toMatchObject({ rule: 'id_number_region' });
  });
});

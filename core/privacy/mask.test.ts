import { describe, expect, it } from 'vitest';
import { maskHouseNumber, maskIdNumber, maskName, maskPhone } from './mask';

describe('masking personal data', () => {
  it('keeps only the first character of a name', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('李')).toBe('李*');
  });

  it('keeps the region prefix and last four digits of an ID number', () => {
    expect(maskIdNumber('511703199001011234')).toBe('5117**********1234');
    expect(maskIdNumber('51170319900101123X')).toBe('5117**********123X');
    expect(maskIdNumber('1234')).toBe('****');
  });

  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('123')).toBe('***');
  });

  it('hides the flat of a house number but keeps the entrance', () => {
    expect(maskHouseNumber('3单元1202室')).toBe('3单元****');
    expect(maskHouseNumber('1202室')).toBe('****');
  });

  it('passes null through', () => {
    expect(maskName(null)).toBeNull();
    expect(maskPhone(null)).toBeNull();
  });
});

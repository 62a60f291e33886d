import { describe, expect, it } from 'vitest';
import type { Resident } from '../../../core/contracts/residents';
import { ApiError } from '../../api/client';
import { draftFor, issuesOfRefusal, toResidentChange } from './resident-change';

// A row as GET /api/residents answers it: name, ID number, phone and house number masked.
const masked: Resident = {
  id: 'R000123', name: '张*', idNumber: '5117**********1234', phone: '138****5678', houseNumber: '3单元****', buildingCode: 'C0001-B01',
  buildingName: '桂花雅居1栋', gridCode: '511703001001001', gridName: '梧桐梁社区第1网格', kind: 'floating', movedInOn: '2024-05-01', masked: true,
};

describe('the 变更 form of a resident', () => {
  it('starts with the masked fields empty and the kind as it is, so no masked value can be sent back', () => {
    expect(draftFor(masked)).toEqual({ name: '', idNumber: '', phone: '', houseNumber: '', kind: 'floating', movedOutOn: '' });
  });

  it('starts an unmasked record with its values', () => {
    const full = { ...masked, name: '张三', idNumber: '511703199001011234', phone: null, houseNumber: '3单元302室', masked: false };
    expect(draftFor(full)).toMatchObject({ name: '张三', idNumber: '511703199001011234', phone: '', houseNumber: '3单元302室' });
  });

  it('sends only what was typed, trimmed', () => {
    const draft = { ...draftFor(masked), phone: ' 13912345678 ', houseNumber: '3单元302室' };
    expect(toResidentChange(masked, draft)).toEqual({ ok: true, change: { phone: '13912345678', houseNumber: '3单元302室' } });
  });

  it('sends the kind only when it changed, and a move-out date when one is given', () => {
    expect(toResidentChange(masked, { ...draftFor(masked), kind: 'registered' })).toEqual({ ok: true, change: { kind: 'registered' } });
    expect(toResidentChange(masked, { ...draftFor(masked), movedOutOn: '2026-03-01' })).toEqual({ ok: true, change: { movedOutOn: '2026-03-01' } });
  });

  it('sends a correction of the name and ID number as typed, leaving their check to the server', () => {
    expect(toResidentChange(masked, { ...draftFor(masked), name: '张三', idNumber: '51170319900101123x' })).toEqual({
      ok: true, change: { name: '张三', idNumber: '51170319900101123x' },
    });
  });

  it('has nothing to send when nothing was typed or blanks only, and does not resend an unmasked record’s own values', () => {
    expect(toResidentChange(masked, draftFor(masked))).toEqual({ ok: false, reason: 'nothing' });
    expect(toResidentChange(masked, { ...draftFor(masked), name: '  ', movedOutOn: ' ' })).toEqual({ ok: false, reason: 'nothing' });
    const full = { ...masked, name: '张三', masked: false };
    expect(toResidentChange(full, draftFor(full))).toEqual({ ok: false, reason: 'nothing' });
  });
});

describe('the server’s refusal of a change, as the form shows it', () => {
  const refusal = (status: number, body: unknown, message = 'x') => new ApiError(status, 'bad_request', message, body);

  it('puts each issue of a 400 beside the field it names', () => {
    const err = refusal(400, { error: 'bad_request', message: '…', issues: [{ field: 'idNumber', message: '校验位错误（GB 11643），请核对号码' }, { field: 'movedOutOn', message: '2099-01-01 晚于今天（2026-03-01）' }] });
    expect(issuesOfRefusal(err)).toEqual([
      { field: 'idNumber', message: '校验位错误（GB 11643），请核对号码' },
      { field: 'movedOutOn', message: '2099-01-01 晚于今天（2026-03-01）' },
    ]);
  });

  it('says an issue of no field on the form, and any other refusal, for the whole form in the server’s words', () => {
    const whole = refusal(400, { issues: [{ field: 'json', message: '没有要修改的内容' }] }, '请求内容：没有要修改的内容');
    expect(issuesOfRefusal(whole)).toEqual([{ field: 'form', message: '请求内容：没有要修改的内容' }]);
    expect(issuesOfRefusal(refusal(404, { error: 'not_found' }, '您的辖区内没有居民 R000123'))).toEqual([{ field: 'form', message: '您的辖区内没有居民 R000123' }]);
    expect(issuesOfRefusal(new TypeError('Failed to fetch'))).toEqual([{ field: 'form', message: 'Failed to fetch' }]);
  });
});

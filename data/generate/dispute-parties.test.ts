import { describe, expect, it } from 'vitest';
import { chooseDemoParties, isAdultOn, type PartyCandidate } from './dispute-parties';

const person = (id: string, buildingCode: string, houseCode: string | null, phone: string | null = '13800000000'): PartyCandidate => ({
  id, name: `居民${id}`, idNumber: `51170219800101${id.padStart(4, '0')}`, phone, houseCode, buildingCode,
});
// Building A: two homes of two adults each; building B: four homes of one.
const a = [person('1', 'A', 'A-101'), person('2', 'A', 'A-101'), person('3', 'A', 'A-102'), person('4', 'A', 'A-102')];
const b = [person('5', 'B', 'B-101'), person('6', 'B', 'B-102'), person('7', 'B', 'B-103', null), person('8', 'B', 'B-104')];
const idOf = (name: string) => name.replace('居民', '');

describe('chooseDemoParties', () => {
  it('names the same applicant for every dispute at the same building, so a repeat shares its parties', () => {
    const applicants = ['MD0001', 'MD0002', 'MD0003', 'MD0004'].map((code) => chooseDemoParties('s', { code, type: 'debt' }, a, b)[0]);
    expect(applicants.every((p) => p.role === 'applicant')).toBe(true);
    expect(new Set(applicants.map((p) => p.idNumber)).size).toBe(1);
  });

  it('keeps a family dispute within the applicant’s home', () => {
    const [applicant, respondent] = chooseDemoParties('s', { code: 'MD0001', type: 'family' }, a, b);
    expect(respondent.role).toBe('respondent');
    expect(a.find((p) => p.id === idOf(respondent.name))!.houseCode).toBe(a.find((p) => p.id === idOf(applicant.name))!.houseCode);
    expect(respondent.idNumber).not.toBe(applicant.idNumber);
  });

  it('sets a neighbour dispute against the same household of the next building each time, and draws a debtor afresh', () => {
    const neighbours = ['MD0001', 'MD0002', 'MD0003', 'MD0004'].map((code) => chooseDemoParties('s', { code, type: 'neighbour' }, a, b)[1]);
    expect(new Set(neighbours.map((p) => p.idNumber)).size).toBe(1);
    expect(b.map((p) => p.idNumber)).toContain(neighbours[0].idNumber);
    const debtors = Array.from({ length: 12 }, (_, k) => chooseDemoParties('s', { code: `MD${k}`, type: 'debt' }, a, b)[1].idNumber);
    expect(new Set(debtors).size).toBeGreaterThan(1);
    expect(debtors.every((id) => b.some((p) => p.idNumber === id))).toBe(true);
  });

  it('is the same for the same seed, leaves out a missing phone, and names nobody where nobody lives', () => {
    expect(chooseDemoParties('s', { code: 'MD0009', type: 'labour' }, a, b)).toEqual(chooseDemoParties('s', { code: 'MD0009', type: 'labour' }, a, b));
    const noPhone = chooseDemoParties('s', { code: 'MD0001', type: 'debt' }, a, [b[2]])[1];
    expect(noPhone).toEqual({ role: 'respondent', name: b[2].name, idNumber: b[2].idNumber });
    expect(chooseDemoParties('s', { code: 'MD0001', type: 'debt' }, [], b)).toEqual([]);
    expect(chooseDemoParties('s', { code: 'MD0001', type: 'family' }, [a[0]], b)).toHaveLength(1);
  });
});

describe('isAdultOn', () => {
  it('counts the 18th birthday by the date in China', () => {
    const id = '511702200812060011';
    expect(isAdultOn(id, Date.parse('2026-12-05T15:59:00Z'))).toBe(false); // 23:59 on 5 December in China
    expect(isAdultOn(id, Date.parse('2026-12-05T16:00:00Z'))).toBe(true); // midnight: 6 December
    expect(isAdultOn('not a number', Date.parse('2026-12-05T16:00:00Z'))).toBe(false);
  });
});

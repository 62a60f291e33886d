import { describe, expect, it } from 'vitest';
import type { BuildingRow } from './dataset';
import { generateResidents, idCheckCharacter } from './residents';

const square = { type: 'Polygon' as const, coordinates: [[[107.5, 31.2], [107.501, 31.2], [107.501, 31.201], [107.5, 31.2]]] };
const building = (code: string, households: number, residents: number): BuildingRow => ({
  code, name: '1栋', compoundCode: 'C1', gridCode: 'G1', floors: 6, households, residents, partyMembers: 3,
  institutionStaff: 1, verifiedAt: '2026-10-01', geom: square,
});

describe('generateResidents', () => {
  const buildings = [building('B1', 24, 70), building('B2', 10, 29)];
  const anchor = new Date('2026-11-01T00:00:00Z');

  it('registers exactly the residents counted in each building', () => {
    const rows = generateResidents(buildings, 's', anchor);
    expect(rows.filter((r) => r.buildingCode === 'B1')).toHaveLength(70);
    expect(rows.filter((r) => r.buildingCode === 'B2')).toHaveLength(29);
    expect(new Set(rows.map((r) => r.id)).size).toBe(99);
  });

  it('gives valid 18-character ID numbers with the GB 11643 check character', () => {
    for (const r of generateResidents(buildings, 's', anchor)) {
      expect(r.idNumber).toMatch(/^\d{17}[\dX]$/);
      expect(r.idNumber[17]).toBe(idCheckCharacter(r.idNumber.slice(0, 17)));
    }
    expect(idCheckCharacter('11010519491231002')).toBe('X'); // the standard's published example
  });

  it('spreads households over flats: no more households in a flat than one', () => {
    const rows = generateResidents(buildings, 's', anchor).filter((r) => r.buildingCode === 'B1');
    expect(new Set(rows.map((r) => r.houseNumber)).size).toBe(24);
  });

  it('is deterministic for a seed and changes with it', () => {
    expect(generateResidents(buildings, 's', anchor)).toEqual(generateResidents(buildings, 's', anchor));
    expect(generateResidents(buildings, 't', anchor)[0].name + generateResidents(buildings, 't', anchor)[5].idNumber).not.toBe(
      generateResidents(buildings, 's', anchor)[0].name + generateResidents(buildings, 's', anchor)[5].idNumber,
    );
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRealInputs } from './load-real-inputs';

const inputs = loadRealInputs();

describe('loadRealInputs', () => {
  it('reads the 200 townships of Dazhou, 33 of them in 达川区', () => {
    expect(inputs.townships).toHaveLength(200);
    expect(inputs.townships.filter((t) => t.areaCode === '511703')).toHaveLength(33);
    expect(inputs.townships.find((t) => t.code === '511703001')).toEqual({ code: '511703001', name: '三里坪街道', areaCode: '511703' });
  });

  it('reads the 452 committees of 达川区 with quotes stripped', () => {
    expect(inputs.committees).toHaveLength(452);
    expect(inputs.committees[0]).toEqual({ code: '511703001001', name: '梧桐梁社区居民委员会', streetCode: '511703001', areaCode: '511703' });
  });

  it('converts the district boundary from GCJ-02 to WGS 84 (a shift of a few hundred metres)', () => {
    const path = fileURLToPath(new URL('../real/dazhou-admin/511700_full.json', import.meta.url));
    const raw = JSON.parse(readFileSync(path, 'utf8')).features.find((f: { properties: { adcode: number } }) => f.properties.adcode === 511703);
    expect(inputs.district.code).toBe('511703');
    expect(inputs.district.name).toBe('达川区');
    const [gx, gy] = raw.geometry.coordinates[0][0][0];
    const [wx, wy] = (inputs.district.geom.coordinates as number[][][][])[0][0][0];
    const shiftM = Math.hypot((wx - gx) * 95_000, (wy - gy) * 111_000);
    expect(shiftM).toBeGreaterThan(200);
    expect(shiftM).toBeLessThan(800);
    expect(wx).toBeLessThan(gx); // GCJ-02 pushes points east here, so WGS 84 lies west of it
  });
});

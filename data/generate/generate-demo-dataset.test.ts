import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoDataset } from './dataset';
import { FIXTURE_ANCHOR, FIXTURE_SEED, fixtureDataset } from './demo-dataset-fixture';
import { generateDemoDataset } from './generate-demo-dataset';
import type { RealInputs } from './real-inputs';

const hashOf = (x: unknown): string => createHash('sha256').update(JSON.stringify(x)).digest('hex');

let inputs: RealInputs;
let d: DemoDataset;
beforeAll(() => {
  ({ inputs, dataset: d } = fixtureDataset());
});

describe('administrative units', () => {
  it('has the 33 real streets and townships of 达川区 with kinds from their suffixes', () => {
    expect(d.streets).toHaveLength(33);
    expect(d.streets.filter((s) => s.kind === 'street').map((s) => s.name)).toEqual(['三里坪街道', '翠屏街道', '明月江街道', '杨柳街道', '石板街道', '斌郎街道']);
    expect(d.streets.filter((s) => s.kind === 'town')).toHaveLength(22);
    expect(d.streets.filter((s) => s.kind === 'township')).toHaveLength(5);
  });

  it('gives demo geometry to the six urban streets only', () => {
    expect(d.streets.filter((s) => s.geom !== null).map((s) => s.code)).toEqual(['511703001', '511703002', '511703005', '511703006', '511703008', '511703009']);
    expect(d.streets.every((s) => s.urban === (s.geom !== null))).toBe(true);
  });

  it('has the 452 real committees, with short names and kinds', () => {
    expect(d.communities).toHaveLength(452);
    expect(d.communities.find((c) => c.code === '511703001001')).toMatchObject({ shortName: '梧桐梁社区', kind: 'community', urban: true });
    expect(d.communities.find((c) => c.code === '511703001203')).toMatchObject({ shortName: '高岩村', kind: 'village', urban: false, geom: null });
    expect(d.communities.filter((c) => c.kind === 'community')).toHaveLength(112);
  });

  it('makes the 35 社区 of the six urban streets urban (the NBS list has 35, not 34), each with geometry', () => {
    const urban = d.communities.filter((c) => c.urban);
    expect(urban).toHaveLength(35);
    expect(urban.every((c) => c.kind === 'community' && c.geom !== null)).toBe(true);
    expect(d.communities.filter((c) => !c.urban).every((c) => c.geom === null)).toBe(true);
  });
});

describe('meta and determinism', () => {
  it('labels the data as generated demo data', () => {
    expect(d.meta).toEqual({
      seed: FIXTURE_SEED, anchor: FIXTURE_ANCHOR.toISOString(), generator: 'jingwang-demo/1', note: '演示数据（生成） / demo data, generated — not real people or incidents',
    });
  });

  it('gives a deep-equal dataset for the same seed and anchor', () => {
    const again = generateDemoDataset(inputs, { seed: FIXTURE_SEED, anchor: FIXTURE_ANCHOR });
    expect(hashOf(again)).toBe(hashOf(d));
  });

  it('gives different incidents for a different seed', () => {
    const other = generateDemoDataset(inputs, { seed: `${FIXTURE_SEED}-other`, anchor: FIXTURE_ANCHOR });
    expect(hashOf(other.incidents)).not.toBe(hashOf(d.incidents));
    expect(other.grids).toHaveLength(208);
  });

  it('does not mutate its inputs, and its output shares no objects with them', () => {
    const before = hashOf(inputs);
    const out = generateDemoDataset(inputs, { seed: FIXTURE_SEED, anchor: FIXTURE_ANCHOR });
    expect(hashOf(inputs)).toBe(before);
    expect(out.district.geom).not.toBe(inputs.district.geom);
  });

  it('rejects an invalid anchor', () => {
    expect(() => generateDemoDataset(inputs, { seed: 's', anchor: new Date('nope') })).toThrow(/anchor/);
  });
});

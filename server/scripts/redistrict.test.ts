import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRunner } from '../../test/cli-runner';
import { main } from './redistrict-cli';

const { asProcess, inProcess: cli } = cliRunner('server/scripts/redistrict.ts', main);
const iowa = 'test/fixtures/iowa/IA_counties.geojson';
const dir = mkdtempSync(join(tmpdir(), 'redistrict-cli-'));

function geojsonFile(name: string, features: object[]): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
  return path;
}

const box = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
const feature = (properties: object, geometry: object | null) => ({ type: 'Feature', properties, geometry });
const twoBoxes = (second: object = { id: 'b', pop: 10 }) => [feature({ id: 'a', pop: 10 }, box(0, 0)), feature(second, box(1, 0))];

describe('npm run redistrict', () => {
  it('redistricts the Iowa counties into 4 contiguous districts within 1% and writes both files', () => {
    const out = join(dir, 'assignment.geojson');
    const gridsOut = join(dir, 'grids.geojson');
    const run = cli('--units', iowa, '--id', 'GEOID10', '--pop', 'TOTPOP', '--k', '4', '--out', out, '--grids-out', gridsOut);
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    expect(summary).toMatchObject({ units: 99, grids: 4, contiguous: true });
    expect(summary.maxDeviationPct).toBeLessThan(1);
    expect(Object.keys(summary).sort()).toEqual([
      'compactnessSteps', 'contiguous', 'cutEdges', 'cutEdgesBeforeCompactness', 'grids', 'maxDeviationPct', 'meanPolsbyPopper',
      'minPolsbyPopper', 'phaseSeconds', 'seconds', 'units',
    ]);
    expect(Object.keys(summary.phaseSeconds).sort()).toEqual(['adjacency', 'balance', 'compactness', 'measure', 'partition', 'read']);
    expect(summary.cutEdges).toBeLessThanOrEqual(summary.cutEdgesBeforeCompactness);
    const assignment = JSON.parse(readFileSync(out, 'utf8'));
    expect(assignment.features).toHaveLength(99);
    expect(new Set(assignment.features.map((f: { properties: { district: number } }) => f.properties.district))).toEqual(new Set([1, 2, 3, 4]));
    const grids = JSON.parse(readFileSync(gridsOut, 'utf8'));
    expect(grids.features).toHaveLength(4);
    for (const g of grids.features) expect(g.geometry.type).toBe('MultiPolygon');
  }, 60_000);

  it('spends exactly the --steps it is given on the compactness phase, and none with --steps 0', () => {
    const args = ['--units', iowa, '--id', 'GEOID10', '--pop', 'TOTPOP', '--k', '4', '--tolerance', '0.01'];
    const summaryOf = (run: ReturnType<typeof cli>) => JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    const none = summaryOf(cli(...args, '--steps', '0'));
    const some = summaryOf(cli(...args, '--steps', '37'));
    expect(none.compactnessSteps).toBe(0);
    expect(some.compactnessSteps).toBe(37);
    expect(some.maxDeviationPct).toBeLessThanOrEqual(0.5);
  }, 60_000);

  const badInputs: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['--units', join(dir, 'nope.geojson'), '--id', 'id', '--pop', 'pop', '--k', '2'], /找不到单元文件.*file not found/],
    ['a file that is not JSON', () => {
      const path = join(dir, 'bad.geojson');
      writeFileSync(path, 'id,pop\n1,2\n');
      return ['--units', path, '--id', 'id', '--pop', 'pop', '--k', '2'];
    }, /不是 GeoJSON.*not GeoJSON/],
    ['no features', () => ['--units', geojsonFile('empty.geojson', []), '--id', 'id', '--pop', 'pop', '--k', '2'], /no features/],
    ['a missing population field', () => ['--units', geojsonFile('missing.geojson', twoBoxes({ id: 'b' })), '--id', 'id', '--pop', 'pop', '--k', '2'], /feature 1 has no property "pop"/],
    ['a non-numeric population field', () => ['--units', geojsonFile('text.geojson', twoBoxes({ id: 'b', pop: 'ten' })), '--id', 'id', '--pop', 'pop', '--k', '2'], /feature 1: property "pop" is not a number/],
    ['a self-intersecting geometry', () => ['--units', geojsonFile('kink.geojson', [
      feature({ id: 'bow', pop: 1 }, { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] }),
    ]), '--id', 'id', '--pop', 'pop', '--k', '1'], /unit bow has a self-intersecting geometry/],
    ['an empty geometry', () => ['--units', geojsonFile('nogeom.geojson', [feature({ id: 'a', pop: 1 }, null)]), '--id', 'id', '--pop', 'pop', '--k', '1'], /unit a has an empty geometry/],
    ['a unit with no neighbour', () => ['--units', geojsonFile('island.geojson', [...twoBoxes(), feature({ id: 'far', pop: 1 }, box(5, 5))]), '--id', 'id', '--pop', 'pop', '--k', '2'], /1 个单元没有相邻单元：far/],
    ['a band no plan can meet', () => ['--units', geojsonFile('heavy.geojson', twoBoxes({ id: 'b', pop: 900 })), '--id', 'id', '--pop', 'pop', '--band', '300,500'], /输入数据有误（invalid input）：band 300–500 cannot be met/],
    ['an unknown flag', () => ['--units', iowa, '--id', 'GEOID10', '--pop', 'TOTPOP', '--k', '4', '--colour', 'red'], /参数有误：Unknown option '--colour'/],
    ['both --k and --band', () => ['--units', iowa, '--id', 'GEOID10', '--pop', 'TOTPOP', '--k', '4', '--band', '1,2'], /须给且只给一个.*exactly one of --k N or --band/],
    ['neither --k nor --band', () => ['--units', iowa, '--id', 'GEOID10', '--pop', 'TOTPOP'], /exactly one of --k N or --band/],
    ['a fractional --steps', () => ['--units', iowa, '--id', 'GEOID10', '--pop', 'TOTPOP', '--k', '4', '--steps', '2.5'], /--steps 须为 ≥ 0 的整数/],
    ['a --seconds that is not a number', () => ['--units', iowa, '--id', 'GEOID10', '--pop', 'TOTPOP', '--k', '4', '--seconds', 'soon'], /--seconds 须为 ≥ 0 的数/],
  ];

  it('prints its usage in Chinese first for --help and exits 0', () => {
    const run = asProcess('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^用法（usage）：npm run redistrict/);
    expect(run.stdout).toContain('--band 每个网格户数须在区间内');
  }, 30_000);

  it('lists each grid in Chinese', () => {
    const run = cli('--units', iowa, '--id', 'GEOID10', '--pop', 'TOTPOP', '--k', '2', '--steps', '0');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').filter((l) => /^网格 \d+：\d+ 个单元，权重 \d+（偏差 [\d.-]+%）/.test(l))).toHaveLength(2);
  }, 60_000);

  it('as a process, exits 2 with its one line in Chinese first and no stack trace for an unknown flag', () => {
    const run = asProcess('--units', iowa, '--id', 'GEOID10', '--pop', 'TOTPOP', '--k', '4', '--colour', 'red');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^redistrict: 参数有误：Unknown option '--colour'.*\n$/);
  }, 30_000);

  for (const [name, args, message] of badInputs) {
    it(`exits 2 with a clear message and no stack trace for ${name}`, () => {
      const run = cli(...args());
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }, 30_000);
  }
});

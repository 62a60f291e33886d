import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area as sphericalAreaM2 } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { ForecastMethodSchema } from '../../core/contracts/analysis';
import { cliRunner } from '../../test/cli-runner';
import { main } from './hotspots-cli';

const { asProcess, inProcess: cli } = cliRunner('server/scripts/hotspots.ts', main);
const calls = 'data/real/portland-nij-cfs/portland_cfs_2016-08.csv';
const districts = 'data/real/portland-nij-cfs/portland_police_districts.geojson';
const dir = mkdtempSync(join(tmpdir(), 'hotspots-cli-'));

const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!);
const windows = ['--train-from', '2016-08-01', '--train-to', '2016-08-24', '--forecast-from', '2016-08-25', '--forecast-to', '2016-08-31'];
const portland = (out: string, ...more: string[]) => ['--input', calls, '--lon', 'lon', '--lat', 'lat', '--time', 'occ_date', ...windows, '--area', districts, '--out', out, ...more];

/** A small synthetic CSV around Portland: `good` rows in August 2016, then the given extra lines. */
function syntheticCsv(name: string, good: number, extra: string[] = []): string {
  const rows = Array.from({ length: good }, (_, i) => `OTHER,2016-08-${String(1 + (i % 31)).padStart(2, '0')},${(-122.68 + (i % 17) * 0.001).toFixed(6)},${(45.52 + (i % 13) * 0.001).toFixed(6)}`);
  const path = join(dir, name);
  writeFileSync(path, ['category,occ_date,lon,lat', ...rows, ...extra].join('\n'));
  return path;
}
const synthetic = (input: string, ...more: string[]) => ['--input', input, '--lon', 'lon', '--lat', 'lat', '--time', 'occ_date', ...windows, '--out', join(dir, 'synthetic.geojson'), ...more];

describe('npm run hotspots', () => {
  it('forecasts the last August week of Portland calls better than chance with both methods, on 1 % of the city', () => {
    const out = join(dir, 'forecast-1.geojson');
    const run = cli(...portland(out, '--cell', '183', '--coverage', '0.01'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const summary = lastJson(run.stdout);
    expect(Object.keys(summary).sort()).toEqual(
      [
        'areaKm2', 'baselinePai', 'baselinePei', 'cellSizeM', 'cells', 'coverage', 'forecastIncidents', 'method', 'pai', 'pei', 'seconds', 'trainIncidents',
        'settings', 'methodName', 'priorCountsPai', 'priorCountsPei', 'kdePai', 'kdePei', 'validation', 'shift',
      ].sort(),
    );
    expect(summary).toMatchObject({ cellSizeM: 183, coverage: 0.01, shift: null });
    expect(ForecastMethodSchema.options).toContain(summary.method);
    // In Chinese, no English words mixed in (ETAS is the model's name).
    expect(summary.methodName).toMatch(/^[\u4e00-\u9fff]+[（：]/);
    expect(summary.methodName).not.toMatch(/[a-z]{3,}/);
    // The winner is the validation's, named with its figures and the baselines' on the same folds inside the training days.
    expect(summary.validation.chosen.method).toBe(summary.method);
    expect(summary.validation.chosen.settings).toEqual(summary.settings);
    expect(summary.validation.folds).toBe(3);
    expect(summary.validation.chosen.pai).toBeGreaterThanOrEqual(Math.max(summary.validation.priorCounts.pai, summary.validation.kde.pai));
    expect(summary.priorCountsPai).toBeGreaterThan(1);
    expect(summary.kdePai).toBeGreaterThan(1);
    expect(summary.pai).toBeGreaterThan(1);
    expect(summary.baselinePai).toBeGreaterThan(1);
    for (const pei of [summary.pei, summary.baselinePei]) expect(pei > 0 && pei <= 1).toBe(true);
    expect(summary.trainIncidents).toBeGreaterThan(14_000);
    expect(summary.forecastIncidents).toBeGreaterThan(4_000);
    // Portland is about 375 km² of land and water; cells meeting the district boundaries add a fringe.
    expect(summary.areaKm2).toBeGreaterThan(370);
    expect(summary.areaKm2).toBeLessThan(420);

    const geojson = JSON.parse(readFileSync(out, 'utf8'));
    expect(geojson.features).toHaveLength(summary.cells);
    const coveredKm2 = geojson.features.reduce((s: number, f: Parameters<typeof sphericalAreaM2>[0]) => s + sphericalAreaM2(f), 0) / 1e6;
    const share = coveredKm2 / summary.areaKm2;
    expect(share).toBeGreaterThan(0.0095);
    expect(share).toBeLessThan(0.0102); // 183 m UTM squares are 183 m squares on the ground to within 0.1 %
    const first = geojson.features[0].properties;
    expect(Object.keys(first).sort()).toEqual(['col', 'count', 'rank', 'row', 'score']);
    expect(geojson.features.map((f: { properties: { rank: number } }) => f.properties.rank)).toEqual(geojson.features.map((_: unknown, k: number) => k + 1));
  }, 60_000);

  it('still beats chance at 5 % coverage with 150 m cells, with the issue 6 recency KDE on request', () => {
    const run = cli(...portland(join(dir, 'forecast-5.geojson'), '--cell', '150', '--coverage', '0.05', '--model', 'recency-kde'));
    expect(run.status).toBe(0);
    const summary = lastJson(run.stdout);
    expect(summary.pai).toBeGreaterThan(1);
    expect(summary.baselinePai).toBeGreaterThan(1);
    expect(run.stdout).toMatch(/^预测方法 近期加权核密度（recency-kde；带宽 75 米，半衰期 28 天）：PAI [\d.]+，PEI [\d.]+，命中 \d+ 起$/m);
    expect(lastJson(run.stdout)).toMatchObject({ method: 'recency-kde', validation: null, priorCountsPai: null });
  }, 60_000);

  it('forecasts one category and reports null PAI and PEI for a window without incidents', () => {
    const out = join(dir, 'burglary.geojson');
    const args = portland(out, '--category', 'BURGLARY', '--cell', '183');
    args[args.indexOf('--forecast-from') + 1] = '2016-09-01';
    args[args.indexOf('--forecast-to') + 1] = '2016-09-07';
    const run = cli(...args);
    expect(run.status).toBe(0);
    const summary = lastJson(run.stdout);
    expect(summary).toMatchObject({ forecastIncidents: 0, pai: null, pei: null, baselinePai: null, baselinePei: null });
    expect(summary.trainIncidents).toBeGreaterThan(0);
    expect(summary.trainIncidents).toBeLessThan(200);
    expect(run.stdout).toMatch(/^训练期 2016-08-01\.\.2016-08-24：\d+ 起 BURGLARY 类警情（另有 \d+ 起在研究区外）$/m);
    const geojson = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(geojson.features[0].properties)).not.toContain('count');
  }, 60_000);

  it('takes the bounding box of the training incidents as the study area when no --area is given', () => {
    const run = cli(...synthetic(syntheticCsv('plain.csv', 300), '--cell', '100', '--coverage', '0.1'));
    expect(run.status).toBe(0);
    const summary = lastJson(run.stdout);
    // Longitudes span 0.016° (1.25 km at 45.5° N) → 13 columns; latitudes 0.012° (1.33 km) → 14 rows of 100 m.
    expect(summary.areaKm2).toBeCloseTo(13 * 14 * 0.01, 6);
    expect(summary.cells).toBe(18); // ⌊0.1 × 182⌋
  }, 30_000);

  it('skips a few bad rows with a warning that names their lines', () => {
    const input = syntheticCsv('few-bad.csv', 300, ['OTHER,2016-08-05,-122.6,north']);
    const run = cli(...synthetic(input));
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^hotspots: 注意：已跳过 301 行中有 1 行日期或坐标无法解析：第 302 行（坐标 "-122.6", "north"）（warning: skipped 1 of 301 rows with an unparseable date or coordinates）$/m);
  }, 30_000);

  it('forecasts a shift from the incidents whose clock time falls in it, on the weekdays asked', () => {
    // 300 rows at 20:00 on every August day, then 300 at 09:00: the evening shift on weekdays keeps the first kind.
    const timed = (hour: string) => Array.from({ length: 310 }, (_, i) => `OTHER,2016-08-${String(1 + (i % 31)).padStart(2, '0')}T${hour}:00,${(-122.68 + (i % 17) * 0.001).toFixed(6)},${(45.52 + (i % 13) * 0.001).toFixed(6)}`);
    const path = join(dir, 'timed.csv');
    writeFileSync(path, ['category,occ_date,lon,lat', ...timed('20'), ...timed('09')].join('\n'));
    const all = lastJson(cli(...synthetic(path)).stdout);
    const run = cli(...synthetic(path, '--shift', '19:00-23:00', '--shift-weekdays', '1,2,3,4,5'));
    expect(run.status).toBe(0);
    const evening = lastJson(run.stdout);
    expect(evening.shift).toEqual({ window: '19:00-23:00', weekdays: [1, 2, 3, 4, 5] });
    // August 2016 began on a Monday, so days 1–24 hold 18 weekdays; each day holds 10 of the 310 rows of a kind.
    expect(all.trainIncidents).toBe(2 * 10 * 24);
    expect(evening.trainIncidents).toBe(10 * 18);
  }, 60_000);

  it('prints its usage in Chinese first for --help and -h and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const run = asProcess(flag);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^用法（usage）：npm run hotspots -- --input 警情\.csv/);
      expect(run.stdout).toContain('退出码：0 完成；2 输入有误；1 意外失败。');
    }
  }, 30_000);

  it('prints its summary lines in Chinese before the JSON line', () => {
    const run = cli(...synthetic(syntheticCsv('summary.csv', 300), '--cell', '100', '--coverage', '0.1'));
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lastJson(run.stdout).cells).toBe(18);
    const summary = lines.slice(0, -1);
    for (const line of summary) expect(line).toMatch(/^[\u4e00-\u9fff]/);
    const expected = [
      /^研究区：182 个 100 米单元，1\.8 km²，UTM 10N 带（EPSG:32610）$/,
      /^训练期 2016-08-01\.\.2016-08-24：\d+ 起警情（另有 0 起在研究区外）$/,
      /^预测期 2016-08-25\.\.2016-08-31：\d+ 起警情（另有 \d+ 起在研究区外）$/,
      /^选定：18 个单元，占研究区 9\.89 %（0\.18 km²）→ .*synthetic\.geojson$/,
      /^训练期内验证（\d+ 折）：所选方法 PAI /,
      /^预测方法 [\u4e00-\u9fff]+.*（[a-z-]+.*）：PAI [\d.—]+，PEI [\d.—]+，命中 \d+ 起$/,
      /^上期计数：PAI /,
      /^验证所得带宽的核密度：PAI /,
      /^核密度基线（带宽 50 米）：PAI /,
      /^训练期计数的 Gi\*（FDR），99\/95\/90 % 热点单元：\d+\/\d+\/\d+，冷点单元：\d+\/\d+\/\d+$/,
    ];
    expect(summary).toHaveLength(expected.length);
    summary.forEach((line, i) => expect(line).toMatch(expected[i]));
  }, 30_000);

  const badInputs: [string, () => string[], RegExp][] = [
    ['a shift on a file of dates only', () => synthetic(syntheticCsv('dates.csv', 100), '--shift', '19:00-23:00'), /^hotspots: 输入数据有误（invalid input）：.*dates only, no time of day: a shift forecast needs times/],
    ['a shift that is not HH:MM-HH:MM', () => synthetic(syntheticCsv('shift.csv', 10), '--shift', '7pm-11pm'), /--shift 须为 HH:MM-HH:MM，收到 "7pm-11pm"（--shift must be HH:MM-HH:MM）/],
    ['an unknown model', () => synthetic(syntheticCsv('model.csv', 10), '--model', 'etas'), /--model 须为 validated 或 recency-kde，收到 "etas"（--model must be validated or recency-kde）/],
    ['a missing file', () => synthetic(join(dir, 'nope.csv')), /找不到输入文件：.*nope\.csv（input file not found）/],
    ['missing columns', () => ['--input', calls, '--lon', 'x', '--lat', 'lat', '--time', 'when', ...windows, '--out', join(dir, 'x.geojson')], /输入数据有误（invalid input）：.*no column "x", "when" \(its columns: category, call_group/],
    ['many unparseable dates', () => synthetic(syntheticCsv('bad-dates.csv', 100, Array.from({ length: 12 }, () => 'OTHER,08/05/2016,-122.6,45.5'))), /112 行中有 12 行日期或坐标无法解析：第 102 行（日期 "08\/05\/2016"），第 103 行.*第 111 行.*，…；有误的行超过 1 %，请检查 --time\/--lon\/--lat（12 of 112 rows have an unparseable date or coordinates: more than 1 % of the rows are bad）/],
    ['an empty training window', () => synthetic(syntheticCsv('empty.csv', 100), '--train-from', '2015-01-01', '--train-to', '2015-01-31'), /训练期 2015-01-01\.\.2015-01-31 内没有警情（no incidents in the training window 2015-01-01\.\.2015-01-31）/],
    ['a category that never occurs', () => synthetic(syntheticCsv('cat.csv', 100), '--category', 'ARSON'), /训练期 .* 内没有 ARSON 类警情（no ARSON incidents in the training window/],
    ['a coverage of 0', () => synthetic(syntheticCsv('c0.csv', 10), '--coverage', '0'), /--coverage 须为研究区面积的比例，在 \(0, 1\] 内，收到 "0"（--coverage must be a share of the study area in \(0, 1\]）/],
    ['a coverage above 1', () => synthetic(syntheticCsv('c2.csv', 10), '--coverage', '1.5'), /--coverage 须为研究区面积的比例/],
    ['a negative cell size', () => synthetic(syntheticCsv('cell.csv', 10), '--cell=-5'), /--cell 须为正数（米），收到 "-5"（--cell must be a positive number of metres）/],
    ['an unknown flag', () => synthetic(syntheticCsv('flag.csv', 10), '--colour', 'red'), /参数有误：Unknown option '--colour'.*（bad arguments）/],
    ['missing required flags', () => ['--input', calls, '--lon', 'lon'], /缺少 --lat, --time, --train-from, --train-to, --forecast-from, --forecast-to, --out（missing --lat/],
    ['a window date that is not a date', () => synthetic(syntheticCsv('d.csv', 10), '--train-to', '24/08/2016'), /--train-to 须为日期 YYYY-MM-DD，收到 "24\/08\/2016"（--train-to must be a date YYYY-MM-DD）/],
    ['a forecast window inside the training window', () => synthetic(syntheticCsv('o.csv', 10), '--forecast-from', '2016-08-20'), /预测期须在训练期结束之后开始（the forecast window must start after the training window ends）/],
    ['an area file that is not JSON', () => synthetic(syntheticCsv('a.csv', 10), '--area', calls), /不是 GeoJSON：.* 不是有效的 JSON（not GeoJSON: not valid JSON）/],
    ['an area without polygons', () => {
      const path = join(dir, 'points.geojson');
      writeFileSync(path, JSON.stringify({ type: 'Point', coordinates: [-122.6, 45.5] }));
      return synthetic(syntheticCsv('p.csv', 10), '--area', path);
    }, /输入数据有误（invalid input）：.*the area holds no Polygon or MultiPolygon/],
  ];

  it('as a process, exits 2 with its one line in Chinese first and no stack trace for an unknown flag', () => {
    const run = asProcess(...synthetic(syntheticCsv('flag-process.csv', 10), '--colour', 'red'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^hotspots: 参数有误：Unknown option '--colour'.*（bad arguments）\n$/);
  }, 30_000);

  for (const [name, args, message] of badInputs) {
    it(`exits 2 with a clear message and no stack trace for ${name}`, () => {
      const run = cli(...args());
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toMatch(/^hotspots: .*[\u4e00-\u9fff].*（.*[a-z]+.*）/);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }, 30_000);
  }
});

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import proj4 from 'proj4';

// Builds data/real/portland-nij-cfs/portland_cfs_2016-09.csv from the page-by-page transcript of NIJ2016_SEP01_SEP30.csv
// (SOURCE.txt in data/real/portland-nij-cfs says how it was read and checked). The transcript keeps, per row in file order, `DD;X;Y;C`: the day of
// September 2016, the state-plane feet as written, and the category's first letter. The same projection the August
// file was converted with (NAD 1983 HARN / Oregon North, international feet, EPSG:2913) gives lon/lat, rounded to 1e-6:
// on August's 19,375 calls it reproduces the shipped lon/lat to within that rounding.

const oregonNorthFt = '+proj=lcc +lat_1=46 +lat_2=44.33333333333334 +lat_0=43.66666666666666 +lon_0=-120.5 +x_0=2500000.0001424 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=ft +no_defs';
const categories: Record<string, string> = { S: 'STREET CRIMES', B: 'BURGLARY', M: 'MOTOR VEHICLE THEFT', O: 'OTHER' };
const row = /^(\d\d);(\d{7});(\d{6});([SBMO])$/;

export function septemberCsv(transcriptLines: string[]): string {
  const out = ['category,occ_date,x_ft,y_ft,lon,lat'];
  transcriptLines.forEach((line, i) => {
    const m = row.exec(line);
    if (m === null || Number(m[1]) < 1 || Number(m[1]) > 30) throw new Error(`transcript line ${i + 1} is not DD;X;Y;C: ${line}`);
    const [lon, lat] = proj4(oregonNorthFt, 'WGS84', [Number(m[2]), Number(m[3])]);
    out.push(`${categories[m[4]]},2016-09-${m[1]},${m[2]},${m[3]},${lon.toFixed(6)},${lat.toFixed(6)}`);
  });
  return `${out.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, target] = process.argv.slice(2);
  if (dir === undefined || target === undefined) {
    console.error('用法 usage: tsx test/bench/portland-september-csv.ts <transcript dir with part-00.txt … part-07.txt> <output csv>');
    process.exit(2);
  }
  const parts = readdirSync(dir).filter((f) => /^part-\d\d\.txt$/.test(f)).sort();
  const lines = parts.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.length > 0));
  writeFileSync(target, septemberCsv(lines));
  console.log(`${parts.length} parts, ${lines.length} calls → ${target}`);
}

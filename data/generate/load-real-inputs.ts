/**
 * The only file of the generator that does I/O: reads the real administrative files in
 * data/real/dazhou-admin/ (see SOURCE.txt there) and returns plain objects.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CommitteeInput, RealInputs, TownshipInput } from './real-inputs';

const DISTRICT_ADCODE = 511703;
const DEFAULT_DIR = fileURLToPath(new URL('../real/dazhou-admin/', import.meta.url));

/**
 * Reads the district boundary, the townships and the village/community committees of 达川区.
 * @param dir folder holding 511700_full.json and the two CSV files; defaults to data/real/dazhou-admin/.
 * @throws Error when a file is missing, the district feature is absent or a CSV header is unexpected.
 */
export function loadRealInputs(dir: string = DEFAULT_DIR): RealInputs {
  const base = dir.endsWith('/') ? dir : `${dir}/`;
  const townships = readCsv(`${base}dazhou_townships_2023.csv`, ['code', 'name', 'areaCode']).map(
    (r): TownshipInput => ({ code: r.code, name: r.name, areaCode: r.areaCode }),
  );
  const committees = readCsv(`${base}dachuan_villages_communities.csv`, ['code', 'name', 'streetCode', 'areaCode']).map(
    (r): CommitteeInput => ({ code: r.code, name: r.name, streetCode: r.streetCode, areaCode: r.areaCode }),
  );
  return { district: readDistrict(`${base}511700_full.json`), townships, committees };
}

function readDistrict(path: string): RealInputs['district'] {
  const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { adcode: number; name: string }>;
  const feature = fc.features.find((f) => f.properties.adcode === DISTRICT_ADCODE);
  if (!feature) throw new Error(`${path}: no feature with adcode ${DISTRICT_ADCODE}`);
  // The DataV GeoAtlas export is in GCJ-02 (Amap's obfuscated frame, see SOURCE.txt); everything inside
  // the system is WGS 84, so every vertex is converted here, at the edge. gcoord mutates the object it is
  // given, which is fine: it was parsed just above and is not shared.
  // gcoord declares its own GeoJSON types, structurally the same as @types/geojson's but not
  // assignable to them, hence the casts through its parameter type.
  const geometry = feature.geometry as unknown as Parameters<typeof gcoord.transform>[0];
  const converted = gcoord.transform(geometry, gcoord.GCJ02, gcoord.WGS84) as unknown as Polygon | MultiPolygon;
  return { code: String(DISTRICT_ADCODE), name: feature.properties.name, geom: converted };
}

/** Reads a CSV file into records keyed by its header (csv-parse), checking the columns the generator needs. */
function readCsv(path: string, required: string[]): Record<string, string>[] {
  const records = parse(readFileSync(path, 'utf8'), { bom: true, columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const header = Object.keys(records[0] ?? {});
  for (const column of required) {
    if (!header.includes(column)) throw new Error(`${path}: missing column "${column}" (header: ${header.join(',')})`);
  }
  return records;
}

import type { Feature } from 'geojson';
// shpjs as ESM: its CommonJS build breaks in Node. We reproject ourselves (crs.ts) and decode the .dbf ourselves.
import { parseDbf, parseShp } from 'shpjs';
import { crs84Source, CrsError, crsFromWkt } from './crs';
import { detectTextEncoding } from './decode-text-file';
import { FeatureFileError, reprojectFeatures, type DecodedFeatures, type FileWarning, type TextEncoding } from './feature-file';
import { readZip, ZipError } from './zip-archive';

/**
 * A zipped Shapefile (issue 14, item 4) -> features in CRS84. The attribute encoding is the .cpg's when there is
 * one; otherwise the caller's. Without either we look at the bytes: text that is not valid UTF-8 is most likely GBK
 * (what Chinese desktop GIS writes without a .cpg), and we refuse rather than guess, naming GBK, because an import
 * is written all at once and garbled names in a register are worse than asking again with encoding=gbk.
 */
export interface ReadShapefileOptions {
  encoding?: TextEncoding; // the caller's word for a Shapefile without a .cpg
}

const extensionOf = (name: string) => name.slice(name.lastIndexOf('.')).toLowerCase();
const baseOf = (name: string) => name.slice(0, name.lastIndexOf('.'));

/** The WHATWG label for a .cpg's content, or null when we do not know it. */
export function encodingOfCpg(cpg: string): string | null {
  const word = cpg.trim().toUpperCase().replace(/^ANSI\s+/, '');
  if (['UTF-8', 'UTF8', '65001'].includes(word)) return 'utf-8';
  if (['936', 'CP936', 'GBK', 'GB2312', 'GB_2312', 'WINDOWS-936'].includes(word)) return 'gbk';
  if (['GB18030', '54936'].includes(word)) return 'gb18030';
  try {
    return new TextDecoder(word.toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** What the .dbf's text bytes look like: valid UTF-8 (which includes plain ASCII), else valid GBK, else unknown. */
export function detectDbfEncoding(dbf: Buffer): TextEncoding | 'unknown' {
  const headerLength = dbf.length >= 10 ? dbf.readUInt16LE(8) : 0;
  return detectTextEncoding(dbf.subarray(Math.min(headerLength, dbf.length)));
}

/** The first layer's files; refuses naming the part (.shp, .dbf) that is missing, or saying there is no layer at all. */
function pickLayer(entries: Map<string, Buffer>, warnings: FileWarning[]) {
  const files = [...entries.keys()].filter((n) => !n.includes('__MACOSX/'));
  const shps = files.filter((n) => extensionOf(n) === '.shp');
  const dbfs = files.filter((n) => extensionOf(n) === '.dbf');
  // With no .dbf either there is no layer to name: the sentence says the ZIP holds no Shapefile.
  if (shps.length === 0 && dbfs.length === 0) throw new FeatureFileError('.shp', 'file_no_shapefile');
  if (shps.length === 0) throw new FeatureFileError('.shp', 'file_missing_part', { part: '.shp', layer: baseOf(dbfs[0]) });
  if (shps.length > 1) warnings.push({ code: 'file_warn_more_layers', params: { layer: baseOf(shps[0]), count: shps.length } });
  const base = baseOf(shps[0]);
  const part = (ext: string) => files.find((n) => baseOf(n) === base && extensionOf(n) === ext);
  const dbf = part('.dbf');
  if (!dbf) throw new FeatureFileError('.dbf', 'file_missing_part', { part: '.dbf', layer: base });
  const prj = part('.prj');
  const cpg = part('.cpg');
  return {
    layer: base.slice(base.lastIndexOf('/') + 1),
    shp: entries.get(shps[0])!,
    dbf: entries.get(dbf)!,
    prj: prj ? entries.get(prj)!.toString('utf8') : undefined,
    cpg: cpg ? entries.get(cpg)!.toString('latin1') : undefined,
  };
}

function chooseEncoding(dbf: Buffer, cpg: string | undefined, asked: TextEncoding | undefined, warnings: FileWarning[]) {
  const detected = detectDbfEncoding(dbf);
  const fromCpg = cpg === undefined ? null : encodingOfCpg(cpg);
  if (cpg !== undefined && !fromCpg) warnings.push({ code: 'file_warn_cpg_unknown', params: { cpg: cpg.trim().slice(0, 40) } });
  // A .cpg saying UTF-8 over text that is not UTF-8 is wrong somewhere: read as it says, and say so.
  if (fromCpg === 'utf-8' && detected !== 'utf-8') warnings.push({ code: 'file_warn_encoding_differs', params: { asked: fromCpg, detected } });
  if (fromCpg) return { encoding: fromCpg, detected };
  if (asked) {
    if (detected !== 'unknown' && detected !== asked && !(asked === 'gbk' && detected === 'utf-8' && isAscii(dbf))) {
      warnings.push({ code: 'file_warn_encoding_differs', params: { asked, detected } });
    }
    return { encoding: asked, detected };
  }
  if (detected === 'utf-8') return { encoding: 'utf-8', detected };
  throw new FeatureFileError('encoding', 'file_looks_gbk', { detected }, { detectedEncoding: detected });
}

const isAscii = (b: Buffer) => b.every((x) => x < 0x80);

// parsedbf reads a dBase date (D) as a local Date; the registry takes dates as text like 2026-03-01.
function withDates(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    const pad = (n: number) => String(n).padStart(2, '0');
    out[k] = v instanceof Date ? (Number.isNaN(v.getTime()) ? null : `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`) : v;
  }
  return out;
}

export function readShapefileZip(zip: Buffer, options: ReadShapefileOptions = {}): DecodedFeatures {
  let entries: Map<string, Buffer>;
  try {
    entries = readZip(zip);
  } catch (e) {
    if (e instanceof ZipError) throw new FeatureFileError('body', 'file_not_zip', { detail: e.message });
    throw e;
  }
  const warnings: FileWarning[] = [];
  const layer = pickLayer(entries, warnings);
  let crs = crs84Source;
  if (layer.prj === undefined) warnings.push({ code: 'file_warn_no_prj', params: { layer: layer.layer } });
  else {
    try {
      crs = crsFromWkt(layer.prj);
    } catch (e) {
      if (e instanceof CrsError) throw new FeatureFileError('.prj', 'file_bad_prj', { layer: layer.layer, text: layer.prj.trim().slice(0, 60) });
      throw e;
    }
  }
  const { encoding, detected } = chooseEncoding(layer.dbf, layer.cpg, options.encoding, warnings);
  let geometries: ReturnType<typeof parseShp>;
  let rows: ReturnType<typeof parseDbf>;
  try {
    geometries = parseShp(layer.shp);
    rows = parseDbf(layer.dbf, Buffer.from(encoding));
  } catch (e) {
    throw new FeatureFileError('.shp', 'file_bad_shapefile', { layer: layer.layer, detail: e instanceof Error ? e.message : String(e) });
  }
  const features: Feature[] = geometries.map((geometry, i) => ({ type: 'Feature', geometry, properties: withDates(rows[i] ?? {}) }));
  return { layer: layer.layer, features: reprojectFeatures(features, crs), crs: crs.name, encoding, detectedEncoding: detected, warnings };
}

import { localFields } from '../../core/time';

// Windows refuses these in a file name and macOS the colon; a place name from the registers could hold any of them.
const unsafe = /[\\/:*?"<>|\s]+/g;

/**
 * A download's file name from its parts joined with "-": 网格方案-三里坪街道-20261204-2256.geojson. Each part is
 * cleaned of the characters a file system refuses (and of spaces); empty parts are left out. Pure.
 */
export function downloadFileName(parts: readonly string[], extension: string): string {
  const kept = parts.map((p) => p.replace(unsafe, '_').replace(/^_+|_+$/g, '')).filter((p) => p !== '');
  return `${kept.join('-')}.${extension}`;
}

/** An instant as a file name's stamp in Beijing time, YYYYMMDD-HHmm, whatever the browser's time zone. */
export function fileStamp(ms: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const f = localFields(ms);
  return `${f.year}${pad(f.month)}${pad(f.day)}-${pad(f.hour)}${pad(f.minute)}`;
}

import { placeColumns, placeImportKinds, registryColumns, type ImportKind, type ImportRefusal, type PlaceImportKind } from '../../../core/contracts/registry';

/** The import route's body limit (server/routes/registry: 10 MiB); a larger file is refused before it is sent. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * How the server should read a chosen file: by its extension (.csv; .geojson or .json), else by its first
 * character ('{' or '[' is JSON). Pure.
 */
export function importFormatOf(fileName: string, text: string): 'csv' | 'geojson' {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'csv';
  if (name.endsWith('.geojson') || name.endsWith('.json')) return 'geojson';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'geojson' : 'csv';
}

/** A binary import file by its extension: .zip is a zipped Shapefile, .gpkg a GeoPackage; null for text files. Pure. */
export function uploadFormatOf(fileName: string): 'shp' | 'gpkg' | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.zip')) return 'shp';
  if (name.endsWith('.gpkg')) return 'gpkg';
  return null;
}

/** Buildings and key places are drawn, not listed: their files must carry geometry (GeoJSON, Shapefile, GeoPackage). */
export const isPlaceKind = (kind: ImportKind): kind is PlaceImportKind => (placeImportKinds as readonly string[]).includes(kind);

/** The columns a kind's file must have (optional ones may be left out), as the README lists them. */
export function csvHeaderOf(kind: ImportKind): string {
  return (isPlaceKind(kind) ? placeColumns[kind] : registryColumns[kind]).join(',');
}

/** The refused rows of a report, grouped: how many distinct rows (row 0 = the file as a whole) and how many problems. */
export function refusalCounts(refusal: Pick<ImportRefusal, 'rejected'>): { rows: number; problems: number } {
  return { rows: new Set(refusal.rejected.map((r) => r.row)).size, problems: refusal.rejected.length };
}

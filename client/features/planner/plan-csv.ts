// The browser build: the Node one calls Buffer, which a page does not have.
import { parse } from 'csv-parse/browser/esm/sync';
import { PlanImportError } from './import-plan';

/**
 * A plan CSV (as 导出 CSV writes it: one row a building with building_code and grid_key) as GeoJSON text for
 * importPlan: one feature without geometry a row, its cells as properties. A planner who edits the exported CSV in a
 * spreadsheet can bring it back; the file had to be GeoJSON. Throws PlanImportError 'not-plan-csv' when the text is
 * no CSV or lacks either column. Pure.
 */
export function planCsvAsGeoJson(text: string): string {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as Record<string, string>[];
  } catch {
    throw new PlanImportError('not-plan-csv');
  }
  const columns = rows.length > 0 ? Object.keys(rows[0]) : [];
  if (!columns.includes('building_code') || !columns.includes('grid_key')) throw new PlanImportError('not-plan-csv');
  return JSON.stringify({
    type: 'FeatureCollection',
    features: rows.map((properties) => ({ type: 'Feature', geometry: null, properties })),
  });
}

import type { Translate } from '../../i18n/messages';
import { downloadText } from '../../ui/download';
import type { GridOutline } from './dissolve-grids';
import { exportFileName } from './export-file-name';
import { buildPlanCsv, buildPlanGeojson, type ExportNames } from './export-plan';
import type { GridRow } from './grid-rows';
import { importPlan, PlanImportError, type ImportReport } from './import-plan';
import type { PlanState } from './plan-state';
import type { PlanUnits } from './plan-units';

export interface PlannerFilesInput {
  pu: PlanUnits | null;
  state: PlanState | null;
  rows: readonly GridRow[];
  outlines: ReadonlyMap<string, GridOutline>;
  /** The area by name, for the exported files' names. */
  areaName: string;
  /** Grids, communities and beats by name, written beside their codes in the exported files. */
  placeNames: ExportNames | null;
  /** Names the exported files in the interface's language. */
  t: Translate;
  onImported: (state: PlanState) => void;
}

/** Export (GeoJSON of dissolved grids, CSV of buildings) and import of the draft through files. */
export function usePlannerFiles({ pu, state, rows, outlines, areaName, placeNames, t, onImported }: PlannerFilesInput) {
  return {
    exportGeojson: () => {
      if (!pu || !state || !placeNames) return;
      const fc = buildPlanGeojson(pu, state, rows, placeNames, outlines);
      downloadText(exportFileName(t, areaName, 'geojson'), JSON.stringify(fc), 'application/geo+json');
    },
    exportCsv: () => {
      if (!pu || !state || !placeNames) return;
      downloadText(exportFileName(t, areaName, 'csv'), buildPlanCsv(pu, state, placeNames), 'text/csv;charset=utf-8');
    },
    /** Buildings and compounds as the import report names them: 星河城1栋, 星河城 (a code only if the area lacks it). */
    names: {
      building: (code: string) => pu?.props.get(code)?.label ?? code,
      compound: (code: string) => {
        const first = pu?.compounds.get(code)?.[0];
        return (first && pu?.props.get(first)?.compoundName) ?? code;
      },
    },
    importText: (text: string): ImportReport | Error => {
      if (!pu || !state) return new PlanImportError('no-area');
      try {
        const result = importPlan(pu, state, text);
        // A file that gives no building of the area a grid changes nothing: it is not an import to undo.
        if (result.report.matched > 0) onImported(result.state);
        return result.report;
      } catch (err) {
        if (err instanceof PlanImportError) return err;
        throw err;
      }
    },
  };
}

import { useState, type ChangeEvent } from 'react';
import { decodePlanFile } from '../../api/planner-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { FilePicker } from '../../ui/FilePicker';
import { importFailureText, type ImportReport } from './import-plan';
import { planCsvAsGeoJson } from './plan-csv';

export interface ExportPanelProps {
  onExportGeojson: () => void;
  onExportCsv: () => void;
  onImport: (text: string) => ImportReport | Error;
  /** Buildings and compounds by name for the report (the file's own unknown codes name nothing else). */
  names: { building: (code: string) => string; compound: (code: string) => string };
  disabled: boolean;
}

const shown = 30;

/** Export the draft (GeoJSON of dissolved grids, CSV of buildings) and import a plan from GeoJSON, a zipped Shapefile or a GeoPackage, with its report. */
export function ExportPanel({ onExportGeojson, onExportCsv, onImport, names, disabled }: ExportPanelProps) {
  const { t } = useI18n();
  const [report, setReport] = useState<ImportReport | Error | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const list = (codes: string[]) => codes.slice(0, shown).join(t('listSeparator')) + (codes.length > shown ? t('plannerAndMore', { count: codes.length - shown }) : '');

  async function read(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file can be chosen again
    if (!file) return;
    setFileName(file.name);
    if (/\.csv$/i.test(file.name)) {
      try {
        return setReport(onImport(planCsvAsGeoJson(await file.text())));
      } catch (err) {
        return setReport(err instanceof Error ? err : new Error(String(err)));
      }
    }
    if (!/\.(zip|gpkg)$/i.test(file.name)) return setReport(onImport(await file.text()));
    // A zipped Shapefile or a GeoPackage is read on the server, in whatever CRS it is, as GeoJSON in CRS84.
    try {
      setReport(onImport(JSON.stringify(await decodePlanFile(file, file.name))));
    } catch (err) {
      setReport(err instanceof Error ? err : new Error(String(err)));
    }
  }

  return (
    <section className="planner-section" aria-labelledby="planner-export-title">
      <h3 id="planner-export-title">{t('plannerExportTitle')}</h3>
      <div className="planner-buttons">
        <button type="button" onClick={onExportGeojson} disabled={disabled} data-testid="planner-export-geojson">
          {t('plannerExportGeojson')}
        </button>
        <button type="button" className="secondary" onClick={onExportCsv} disabled={disabled} data-testid="planner-export-csv">
          {t('plannerExportCsv')}
        </button>
      </div>
      <label className="planner-file">
        {t('plannerImport')}
        <FilePicker
          accept=".geojson,.json,.csv,.zip,.gpkg,application/geo+json,application/json,text/csv,application/zip,application/geopackage+sqlite3"
          fileName={fileName}
          onChange={read}
          disabled={disabled}
          testId="planner-import"
          chooseText={t('fileChoose')}
          noneText={t('fileNone')}
        />
      </label>
      <p className="view-note">{t('plannerImportNote')}</p>
      {report && (
        <div className="planner-report" role="status" data-testid="planner-import-report">
          {report instanceof Error ? (
            <p className="error">{importFailureText(t, report)}</p>
          ) : (
            <>
              {report.matched > 0 ? (
                <p>{t('plannerImported', { matched: report.matched, features: report.features })}</p>
              ) : (
                <p className="error" data-testid="planner-import-nothing">{t('plannerImportNothing', { features: report.features })}</p>
              )}
              {report.unmatched.length > 0 && <p className="error">{t('plannerImportUnmatched', { count: report.unmatched.length, codes: list(report.unmatched.map(names.building)) })}</p>}
              {report.unknown.length > 0 && <p className="error">{t('plannerImportUnknown', { count: report.unknown.length, codes: list(report.unknown) })}</p>}
              {report.conflicting.length > 0 && <p className="error">{t('plannerImportConflicting', { count: report.conflicting.length, codes: list(report.conflicting.map(names.building)) })}</p>}
              {report.skippedFeatures.length > 0 && (
                <p className="error">{t('plannerImportSkipped', { count: report.skippedFeatures.length, indices: list(report.skippedFeatures.map((s) => String(s.index + 1))) })}</p>
              )}
              {report.compoundsMadeWhole.length > 0 && <p className="notice">{t('plannerImportCompounds', { count: report.compoundsMadeWhole.length, codes: list(report.compoundsMadeWhole.map(names.compound)) })}</p>}
              {report.keysSplitByCommunity.length > 0 && <p className="notice">{t('plannerImportCommunities', { keys: list(report.keysSplitByCommunity) })}</p>}
            </>
          )}
        </div>
      )}
    </section>
  );
}

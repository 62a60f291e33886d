import type { Translate } from '../../i18n/messages';
import { downloadFileName, fileStamp } from '../../shared/download-file-name';

/**
 * An exported plan's file name: the kind, the area by name and the minute in Beijing time, as the OGC exports are
 * named in Chinese (网格.gpkg): 网格方案-三里坪街道-20261204-2256.geojson.
 */
export function exportFileName(t: Translate, areaName: string, extension: string, nowMs = Date.now()): string {
  return downloadFileName([t('plannerExportFileWord'), areaName, fileStamp(nowMs)], extension);
}

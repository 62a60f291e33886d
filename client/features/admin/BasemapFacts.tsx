import type { BasemapCrs, BasemapDescription, BasemapKind } from '../../../core/contracts/basemap';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { formatBounds } from './basemap-form';

export const kindLabels: Record<BasemapKind, MessageKey> = {
  builtin: 'basemapKindBuiltin',
  xyz: 'basemapKindXyz',
  mbtiles: 'basemapKindMbtiles',
  pmtiles: 'basemapKindPmtiles',
  wmts: 'basemapKindWmts',
};

export const crsLabels: Record<BasemapCrs, MessageKey> = {
  wgs84: 'basemapCrsWgs84',
  cgcs2000: 'basemapCrsCgcs2000',
  gcj02: 'basemapCrsGcj02',
};

/** The active base map as GET /api/admin/basemap describes it: name, kind, frame, tiles, bounds, zooms, attribution. */
export function BasemapFacts({ d }: { d: BasemapDescription }) {
  const { t } = useI18n();
  const tiles =
    d.tileType === 'raster'
      ? t('basemapTilesRaster', { format: d.format ?? '', size: String(d.tileSize) })
      : d.tileType === 'vector'
        ? t('basemapTilesVector', { format: d.format ?? '' })
        : t('basemapTilesNone');
  const rows: [MessageKey, string][] = [
    ['basemapName', d.name],
    ['basemapKind', t(kindLabels[d.kind])],
    ['basemapCrs', t(crsLabels[d.crs])],
    ['basemapTiles', d.labelTiles.length > 0 ? `${tiles}；${t('basemapLabels')}` : tiles],
    ['basemapBounds', d.bounds ? formatBounds(d.bounds) : t('basemapBoundsNone')],
    ['basemapZoom', d.kind === 'builtin' ? '—' : t('basemapZoomRange', { min: d.minzoom, max: d.maxzoom })],
    ['basemapAttribution', d.attribution || t('basemapNone')],
  ];
  if (d.tileType === 'vector') rows.push(['basemapVectorLayers', d.vectorLayers.length ? `${d.vectorLayers.join('、')}${d.vectorSchema ? `（${d.vectorSchema}）` : ''}` : t('basemapNone')]);
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="basemap-facts">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{t(label)}</th>
              <td data-testid={`basemap-${label}`}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

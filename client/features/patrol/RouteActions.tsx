import { useI18n } from '../../i18n/I18nProvider';

export interface RouteActionsProps {
  onPrint: () => void;
  onExportGeojson: () => void;
  onExportGpx: () => void;
}

/** Print the patrol card, or take the route away as GeoJSON or GPX (downloads made in the browser). */
export function RouteActions({ onPrint, onExportGeojson, onExportGpx }: RouteActionsProps) {
  const { t } = useI18n();
  return (
    <div className="patrol-buttons">
      <button type="button" onClick={onPrint} data-testid="patrol-print">
        {t('patrolPrint')}
      </button>
      <button type="button" className="secondary" onClick={onExportGeojson} data-testid="patrol-export-geojson">
        {t('patrolExportGeojson')}
      </button>
      <button type="button" className="secondary" onClick={onExportGpx} data-testid="patrol-export-gpx">
        {t('patrolExportGpx')}
      </button>
    </div>
  );
}

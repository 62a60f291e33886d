import { useEffect, useState, type FormEvent } from 'react';
import { registryKinds, type RegistryKind } from '../../../core/contracts/registry';
import { exportRegistryFile } from '../../api/registry-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadBlob } from '../../ui/download';
import { countExportedRecords, exportMimeType } from './export-file';
import { kindLabels } from './registry-labels';
import { useGridOptions } from './use-grid-options';

type State = { kind: 'idle' | 'exporting' } | { kind: 'done'; fileName: string; records: number; masked: boolean } | { kind: 'failed'; message: string };

/** 导出: a grid's records of one kind as CSV or GeoJSON, masked unless an unmasker asks otherwise (the server audits every export). */
export function ExportPanel({ mayUnmask }: { mayUnmask: boolean }) {
  const { t } = useI18n();
  const grids = useGridOptions();
  const [grid, setGrid] = useState('');
  const [kind, setKind] = useState<RegistryKind>('residents');
  const [format, setFormat] = useState<'csv' | 'geojson'>('csv');
  const [unmask, setUnmask] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => {
    if (!grid && grids.options.length > 0) setGrid(grids.options[0].code);
  }, [grid, grids.options]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!grid) return;
    setState({ kind: 'exporting' });
    try {
      const asked = { grid, kind, format, unmask: mayUnmask && unmask };
      const { bytes, fileName: named } = await exportRegistryFile(asked);
      const fileName = named ?? `${kind}.${format}`;
      downloadBlob(fileName, new Blob([bytes], { type: exportMimeType(format) }));
      setState({ kind: 'done', fileName, records: countExportedRecords(format, new TextDecoder().decode(bytes)), masked: !asked.unmask });
    } catch (err) {
      setState({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  }

  return (
    <form className="registry-form registry-export" onSubmit={submit} data-testid="registry-export">
      <p className="view-note">{t('regExportNote')}</p>
      <div className="registry-form-row">
        <label>
          {t('regColGrid')}
          <select value={grid} onChange={(e) => setGrid(e.target.value)} data-testid="registry-export-grid">
            {grids.options.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name} {g.code}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('regImportKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as RegistryKind)} data-testid="registry-export-kind">
            {registryKinds.map((k) => (
              <option key={k} value={k}>
                {t(kindLabels[k])}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="registry-radios">
          <legend>{t('regExportFormat')}</legend>
          {(['csv', 'geojson'] as const).map((f) => (
            <label key={f} className="checkbox">
              <input type="radio" name="registry-export-format" checked={format === f} onChange={() => setFormat(f)} data-testid={`registry-export-format-${f}`} />
              {f === 'csv' ? 'CSV' : 'GeoJSON'}
            </label>
          ))}
        </fieldset>
        {mayUnmask && (
          <label className="checkbox">
            <input type="checkbox" checked={unmask} onChange={(e) => setUnmask(e.target.checked)} data-testid="registry-export-unmask" />
            {t('regExportUnmask')}
          </label>
        )}
        <button type="submit" disabled={!grid || state.kind === 'exporting'} data-testid="registry-export-submit">
          {state.kind === 'exporting' ? t('regExporting') : t('regExportButton')}
        </button>
      </div>
      {grids.error && <p className="error">{t('loadFailed', { message: grids.error.message })}</p>}
      {state.kind === 'done' && (
        <p className="registry-ok" role="status" data-testid="registry-export-done" data-records={state.records}>
          {t(state.masked ? 'regExportDoneMasked' : 'regExportDoneUnmasked', { name: state.fileName, records: state.records })}
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          {t('regExportFailed', { message: state.message })}
        </p>
      )}
    </form>
  );
}

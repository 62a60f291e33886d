import { useState, type FormEvent } from 'react';
import { importKinds, type ImportFileInfo, type ImportKind } from '../../../core/contracts/registry';
import { importRegistryFile, importRegistryUpload, type ImportOutcome } from '../../api/registry-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { FilePicker } from '../../ui/FilePicker';
import { NotUtf8Error, readFileText } from './browser-files';
import { csvHeaderOf, importFormatOf, isPlaceKind, MAX_IMPORT_BYTES, uploadFormatOf } from './import-file';
import { ImportSuccess, RefusalReport } from './ImportReport';
import { kindLabels } from './registry-labels';

/** What the server read from a Shapefile or GeoPackage: its CRS, the attributes' encoding, and its warnings. */
function FileRead({ file }: { file?: ImportFileInfo }) {
  const { t } = useI18n();
  if (!file) return null;
  return (
    <>
      <p className="view-note" data-testid="registry-import-file-read">
        {t('regImportFileRead', { crs: file.crs })}
        {file.encoding ? t('regImportFileEncoding', { encoding: file.encoding.toUpperCase() }) : ''}
      </p>
      {file.warnings.map((w) => (
        <p className="notice" key={w}>
          {w}
        </p>
      ))}
    </>
  );
}

type State = { kind: 'idle' | 'sending' } | { kind: 'answered'; outcome: ImportOutcome; fileName: string } | { kind: 'failed'; message: string };

/**
 * 导入: one kind, one CSV, GeoJSON, zipped Shapefile or GeoPackage file, optionally only checked (仅校验). The server writes all rows in one
 * transaction or none: a refusal lists every bad row and says that nothing was written.
 */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const { t, formatNumber } = useI18n();
  const [kind, setKind] = useState<ImportKind>('residents');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [encoding, setEncoding] = useState<'' | 'utf-8' | 'gbk'>('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ kind: 'failed', message: t('regImportTooLarge', { mib: formatNumber(Math.ceil(file.size / 1024 / 1024)) }) });
      return;
    }
    setState({ kind: 'sending' });
    try {
      const upload = uploadFormatOf(file.name);
      const outcome = upload
        ? await importRegistryUpload({ kind, format: upload, file, encoding: encoding || undefined, dryRun })
        : await (async () => {
          const content = await readFileText(file, encoding === 'gbk' ? 'gbk' : 'utf-8');
          return importRegistryFile({ kind, format: importFormatOf(file.name, content), content, dryRun });
        })();
      setState({ kind: 'answered', outcome, fileName: file.name });
      if (outcome.ok && !outcome.result.dryRun) onImported();
    } catch (err) {
      const message = err instanceof NotUtf8Error ? t('regImportNotUtf8') : err instanceof Error ? err.message : String(err);
      setState({ kind: 'failed', message });
    }
  }

  return (
    <div className="registry-import" data-testid="registry-import">
      <form className="registry-form" onSubmit={submit}>
        <p className="view-note">{t('regImportNote')}</p>
        <div className="registry-form-row">
          <label>
            {t('regImportKind')}
            <select value={kind} onChange={(e) => setKind(e.target.value as ImportKind)} data-testid="registry-import-kind">
              {importKinds.map((k) => (
                <option key={k} value={k}>
                  {t(kindLabels[k])}
                </option>
              ))}
            </select>
          </label>
          <label className="grow">
            {t('regImportFile')}
            <FilePicker
              accept=".csv,.geojson,.json,.zip,.gpkg,text/csv,application/geo+json,application/json,application/zip,application/geopackage+sqlite3"
              fileName={file?.name ?? null}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setState({ kind: 'idle' });
              }}
              testId="registry-import-file"
              chooseText={t('fileChoose')}
              noneText={t('fileNone')}
            />
          </label>
          {file && uploadFormatOf(file.name) === null && (
            // A text file's bytes: UTF-8 unless said otherwise (a file that is not UTF-8 is refused, pointing here).
            <label>
              {t('regImportTextEncoding')}
              <select value={encoding === 'gbk' ? 'gbk' : 'utf-8'} onChange={(e) => setEncoding(e.target.value as 'utf-8' | 'gbk')} data-testid="registry-import-text-encoding">
                <option value="utf-8">UTF-8</option>
                <option value="gbk">GBK</option>
              </select>
            </label>
          )}
          {file && uploadFormatOf(file.name) === 'shp' && (
            <label>
              {t('regImportEncoding')}
              <select value={encoding} onChange={(e) => setEncoding(e.target.value as '' | 'utf-8' | 'gbk')} data-testid="registry-import-encoding">
                <option value="">{t('regImportEncodingAuto')}</option>
                <option value="utf-8">UTF-8</option>
                <option value="gbk">GBK</option>
              </select>
            </label>
          )}
          <label className="checkbox">
            <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} data-testid="registry-import-dry-run" />
            {t('regImportDryRun')}
          </label>
          <button type="submit" disabled={!file || state.kind === 'sending'} data-testid="registry-import-submit">
            {state.kind === 'sending' ? t('regImportSending') : dryRun ? t('regImportCheck') : t('regImportUpload')}
          </button>
        </div>
        <p className="view-note">
          {isPlaceKind(kind) ? t('regImportPlaceColumns') : t('regImportHeader')} <code className="mono">{csvHeaderOf(kind)}</code>
        </p>
      </form>
      {state.kind === 'failed' && (
        <p className="error" role="alert" data-testid="registry-import-error">
          {t('regImportFailed', { message: state.message })}
        </p>
      )}
      {state.kind === 'answered' && (
        <>
          <p className="view-note">{t('regImportFileName', { name: state.fileName })}</p>
          <FileRead file={state.outcome.ok ? state.outcome.result.file : state.outcome.refusal.file} />
          {state.outcome.ok ? <ImportSuccess result={state.outcome.result} /> : <RefusalReport refusal={state.outcome.refusal} />}
        </>
      )}
    </div>
  );
}

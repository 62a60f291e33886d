import type { ImportRefusal, ImportResult, PlaceImportRefusal, PlaceImportResult } from '../../../core/contracts/registry';
import { useI18n } from '../../i18n/I18nProvider';
import { refusalCounts } from './import-file';
import { kindLabels } from './registry-labels';

/** A refused import: nothing was written; every refused row with its column and reason, as the server words them. */
export function RefusalReport({ refusal }: { refusal: ImportRefusal | PlaceImportRefusal }) {
  const { t } = useI18n();
  const counts = refusalCounts(refusal);
  return (
    <section className="registry-refusal" data-testid="registry-import-refusal" data-rejected-rows={counts.rows} data-rows={refusal.rows}>
      <p className="registry-nothing-written" role="alert" data-testid="registry-import-nothing-written">
        {refusal.message}
      </p>
      <table className="data-table compact" data-testid="registry-rejections">
        <thead>
          <tr>
            <th>{t('regColRow')}</th>
            <th>{t('regColField')}</th>
            <th>{t('regColReason')}</th>
          </tr>
        </thead>
        <tbody>
          {refusal.rejected.map((r, i) => (
            <tr key={i} data-testid="registry-rejection" data-row={r.row} data-field={r.field} data-reason={r.reason}>
              <td className="mono">{r.row === 0 ? t('regWholeFile') : r.row}</td>
              <td className="mono">{r.field || '—'}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A file every row of which was written (or, on a dry run, would be). */
export function ImportSuccess({ result }: { result: ImportResult | PlaceImportResult }) {
  const { t } = useI18n();
  return (
    <section className="registry-import-ok" role="status" data-testid="registry-import-result" data-written={result.written} data-dry-run={result.dryRun}>
      <p className="registry-ok">
        {result.dryRun
          ? t('regImportChecked', { rows: result.rows, kind: t(kindLabels[result.kind]) })
          : t('regImportWritten', { written: result.written, kind: t(kindLabels[result.kind]) })}
      </p>
      {result.ignoredColumns.length > 0 && <p className="view-note">{t('regImportIgnored', { columns: result.ignoredColumns.join(', ') })}</p>}
    </section>
  );
}

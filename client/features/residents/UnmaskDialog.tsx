import { useEffect, useRef, useState } from 'react';
import type { Resident } from '../../../core/contracts/residents';
import { unmaskResident } from '../../api/endpoints';
import { useI18n } from '../../i18n/I18nProvider';

type Unmasked = { status: 'loading' } | { status: 'ready'; resident: Resident } | { status: 'error'; message: string };

/**
 * Asks the server once for a resident's full record (an audited act) and shows it in a modal dialog. The record
 * lives only in this component's state: closing the dialog unmounts it, and nothing else keeps a copy.
 */
export function UnmaskDialog({ residentId, onClose }: { residentId: string; onClose: () => void }) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [unmasked, setUnmasked] = useState<Unmasked>({ status: 'loading' });

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  useEffect(() => {
    let current = true;
    unmaskResident(residentId).then(
      (resident) => current && setUnmasked({ status: 'ready', resident }),
      (err: unknown) => current && setUnmasked({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      current = false;
    };
  }, [residentId]);

  return (
    <dialog ref={dialogRef} className="dialog" onClose={onClose} aria-labelledby="unmask-title" data-testid="unmask-dialog">
      <h3 id="unmask-title">{t('unmaskTitle', { id: residentId })}</h3>
      {unmasked.status === 'loading' && <p>{t('loading')}</p>}
      {unmasked.status === 'error' && (
        <p className="error" role="alert">
          {t('unmaskFailed', { message: unmasked.message })}
        </p>
      )}
      {unmasked.status === 'ready' && <ResidentRecord r={unmasked.resident} />}
      {unmasked.status === 'ready' && (
        <p className="audit-note" data-testid="unmask-audit-note">
          {t('unmaskAudited')}
        </p>
      )}
      <form method="dialog">
        <button type="submit" autoFocus data-testid="unmask-close">
          {t('close')}
        </button>
      </form>
    </dialog>
  );
}

function ResidentRecord({ r }: { r: Resident }) {
  const { t } = useI18n();
  const kind = r.kind === 'registered' ? t('kindRegistered') : r.kind === 'floating' ? t('kindFloating') : r.kind;
  const fields: [string, string, string?][] = [
    [t('colName'), r.name],
    [t('colIdNumber'), r.idNumber, 'unmasked-id-number'],
    [t('colPhone'), r.phone ?? '—'],
    [t('colHouse'), r.houseNumber],
    [t('colBuilding'), r.buildingName ? `${r.buildingName}（${r.buildingCode}）` : r.buildingCode],
    [t('colGrid'), r.gridName ? `${r.gridName}（${r.gridCode}）` : r.gridCode],
    [t('colKind'), kind],
    [t('colMovedIn'), r.movedInOn ?? '—'],
  ];
  return (
    <dl className="record">
      {fields.map(([label, value, testId]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd data-testid={testId}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

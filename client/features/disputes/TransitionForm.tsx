import { useState } from 'react';
import { disputeTextMax, type DisputeDetail } from '../../../core/contracts/disputes';
import { transitionDispute } from '../../api/disputes-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { TextLimit } from '../../shared/TextLimit';
import { issueAt, issueText, type FormIssue } from '../../ui/form-issues';
import { buildTransition, transitionActions, type TransitionAction } from './transition-actions';

const fixes: readonly [RegExp, MessageKey][] = [
  [/^reason$/, 'dspFixReason'],
  [/^responsibleBody$/, 'dspFixBody'],
];

/**
 * The moves the dispute may make next — a button each, and none for a move the workflow refuses — with the reason
 * every move records and, for a referral, the body it goes to. The server's refusal (409) is shown as it words it.
 */
export function TransitionForm({ dispute, onMoved }: { dispute: DisputeDetail; onMoved: (d: DisputeDetail) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [body, setBody] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const actions = transitionActions(dispute.status, dispute.nextStatuses);
  if (actions.length === 0) return <p className="muted" data-testid="dispute-final">{t('dspFinal')}</p>;

  async function move(action: TransitionAction) {
    const built = buildTransition(dispute.status, action, reason, body);
    setRefusal(null);
    if (!built.ok) {
      setIssues(built.issues);
      return;
    }
    setIssues([]);
    setBusy(true);
    try {
      const moved = await transitionDispute(dispute.code, built.body);
      setReason('');
      setBody('');
      onMoved(moved);
    } catch (err) {
      setRefusal(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const reasonIssue = issueAt(issues, 'reason');
  const bodyIssue = issueAt(issues, 'responsibleBody');
  return (
    <section className="transition-form" data-testid="dispute-transitions">
      <h3>{t('dspMoveTitle')}</h3>
      {dispute.status === 'assessed' && <p className="view-note">{t('dspRouteNote')}</p>}
      <label className="field">
        {t('dspMoveReason')}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} data-testid="dispute-move-reason" aria-invalid={!!reasonIssue} />
        <TextLimit value={reason} max={disputeTextMax.reason} testId="dispute-move-reason-count" />
        {reasonIssue && <span className="field-error">{issueText(reasonIssue, fixes, t)}</span>}
      </label>
      {actions.some((a) => a.needsBody) && (
        <label className="field">
          {t('dspResponsibleBody')}
          <input value={body} onChange={(e) => setBody(e.target.value)} placeholder={t('dspResponsibleBodyHint')} data-testid="dispute-move-body" aria-invalid={!!bodyIssue} />
          <TextLimit value={body} max={disputeTextMax.responsibleBody} />
          {bodyIssue && <span className="field-error">{issueText(bodyIssue, fixes, t)}</span>}
        </label>
      )}
      <div className="move-buttons">
        {actions.map((a) => (
          <button key={a.to} type="button" disabled={busy} onClick={() => void move(a)} data-testid={`dispute-move-${a.to}`}>
            {t(a.label)}
          </button>
        ))}
      </div>
      {refusal && (
        <p className="error" role="alert" data-testid="dispute-move-refused">
          {t('dspMoveRefused', { message: refusal })}
        </p>
      )}
    </section>
  );
}

import { useMemo, useState, type FormEvent } from 'react';
import type { AuditRow } from '../../../core/contracts/admin';
import { auditActions } from '../../../core/contracts/audit';
import { getAudit } from '../../api/endpoints';
import { useResource } from '../../api/use-resource';
import { createDateTimeFormatter } from '../../i18n/format-date-time';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { describeRole } from '../../shared/describe-user';
import { NameWithCode } from '../../shared/NameWithCode';
import { DateField } from '../../ui/DateField';
import { describeAuditAction } from './audit-labels';
import { describeAuditRecords } from './audit-records';
import { auditLimit, emptyAuditFilter, toAuditQuery, type AuditFilter } from './audit-query';

const outcomeLabels: Record<AuditRow['outcome'], MessageKey> = { success: 'outcomeSuccess', denied: 'outcomeDenied', failed: 'outcomeFailed' };

/** Who made the request, by name (系统管理员（演示） admin; 大屏令牌「指挥中心」, its session id on hover); the login alone when nothing names it. */
function AuditUser({ username, userName }: { username: string | null; userName: string | null }) {
  if (!username) return <>—</>;
  if (!userName || userName === username) return <span className="mono">{username}</span>;
  if (username.startsWith('wall:')) return <span title={username}>{userName}</span>;
  return <NameWithCode name={userName} code={username} />;
}

/** A row's records in words (曹家梁社区 · 方案名, not the plan's UUID); the records as stored, ids included, on hover. */
export function AuditRecords({ action, records }: Pick<AuditRow, 'action' | 'records'>) {
  const { t } = useI18n();
  return (
    <td title={records.length > 0 ? records.join(', ') : undefined} data-testid="audit-records">
      {describeAuditRecords(action, records, t)}
    </td>
  );
}

/** 审计: the append-only audit log, newest first, searched by user, action and time. */
export function AuditView() {
  const { t, language } = useI18n();
  // To the second: two reads of one person's record within a minute are two entries an auditor tells apart.
  const formatDateTime = useMemo(() => createDateTimeFormatter(language, { seconds: true }), [language]);
  const [draft, setDraft] = useState<AuditFilter>(emptyAuditFilter);
  const [query, setQuery] = useState(() => toAuditQuery(emptyAuditFilter));
  const [rows, reload] = useResource((signal) => getAudit(query, signal), [query]);
  const field = (key: 'username' | 'action') => ({ value: draft[key], onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }) });

  function submit(e: FormEvent) {
    e.preventDefault();
    setQuery(toAuditQuery(draft));
    reload();
  }

  return (
    <section className="view" data-testid="audit-view">
      <h2>{t('auditTitle')}</h2>
      <form className="filters" onSubmit={submit}>
        <label>
          {t('auditUsername')}
          <input {...field('username')} data-testid="audit-username" />
        </label>
        <label>
          {t('auditAction')}
          {/* A list of the actions by their Chinese names: the typed English codes ('unmask') were the only way before. */}
          <select {...field('action')} data-testid="audit-action">
            <option value="">{t('kindAny')}</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>
                {describeAuditAction(a, t)}
              </option>
            ))}
          </select>
        </label>
        {/* Not <label>s: a DateField holds a button and a calendar besides its input. */}
        <div className="labelled-field">
          {t('auditFrom')}
          <DateField withTime value={draft.from} label={t('auditFrom')} onChange={(from) => setDraft({ ...draft, from })} testId="audit-from" />
        </div>
        <div className="labelled-field">
          {t('auditTo')}
          <DateField withTime pickedTime="23:59" value={draft.to} label={t('auditTo')} onChange={(to) => setDraft({ ...draft, to })} testId="audit-to" />
        </div>
        <button type="submit" data-testid="audit-search">
          {t('search')}
        </button>
      </form>
      {rows.status === 'error' && (
        <p className="error" role="alert">
          {t('loadFailed', { message: rows.error.message })}
        </p>
      )}
      {rows.data && (
        <>
          <p className="view-note">{t('auditShowing', { count: rows.data.length, limit: auditLimit })}</p>
          <div className="table-wrap">
            <table className="data-table" aria-busy={rows.status === 'loading'} data-testid="audit-table">
              <thead>
                <tr>
                  <th>{t('colTime')}</th>
                  <th>{t('colUser')}</th>
                  <th>{t('colRole')}</th>
                  <th>{t('auditAction')}</th>
                  <th>{t('colRequest')}</th>
                  <th>{t('colRecords')}</th>
                  <th>{t('colOutcome')}</th>
                  <th>{t('colAddress')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.data.map((r) => (
                  <tr key={r.id} data-testid="audit-row" data-action={r.action}>
                    <td className="nowrap">{formatDateTime(r.at)}</td>
                    <td data-testid="audit-user">
                      <AuditUser username={r.username} userName={r.userName} />
                    </td>
                    <td>{r.role ? describeRole(r.role, t) : '—'}</td>
                    <td title={r.action}>{describeAuditAction(r.action, t)}</td>
                    <td className="mono">
                      {r.method} {r.route}
                    </td>
                    <AuditRecords action={r.action} records={r.records} />
                    <td className={`outcome-${r.outcome}`}>
                      {outcomeLabels[r.outcome] ? t(outcomeLabels[r.outcome]) : r.outcome} ({r.status})
                    </td>
                    <td className="mono">{r.ip ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

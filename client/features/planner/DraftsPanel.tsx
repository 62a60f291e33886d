import { draftNameMaxLength, type PlanDraftSummary } from '../../../core/contracts/planner';
import type { Resource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import type { SaveStatus } from './use-plan-drafts';

const statusKeys: Record<PlanDraftSummary['status'], MessageKey> = {
  draft: 'plannerStatusDraft',
  published: 'plannerStatusPublished',
  archived: 'plannerStatusArchived',
};

export interface DraftsPanelProps {
  name: string;
  onName: (name: string) => void;
  draftId: string | null;
  dirty: boolean;
  status: SaveStatus;
  list: Resource<PlanDraftSummary[]>;
  onSave: () => void;
  onPublish: () => void;
  onOpen: (id: string) => void;
  onNew: () => void;
  /** The signed-in planner: drafts of others are marked with their author. */
  username: string;
  disabled: boolean;
}

/** Save the draft (first POST, then PUT), publish it, and reopen earlier drafts or plans of the area. */
export function DraftsPanel(p: DraftsPanelProps) {
  const { t, formatDateTime } = useI18n();
  return (
    <section className="planner-section" aria-labelledby="planner-drafts-title">
      <h3 id="planner-drafts-title">{t('plannerDraftsTitle')}</h3>
      <div className="planner-inline">
        <label className="grow">
          {t('plannerDraftName')}
          <input value={p.name} maxLength={draftNameMaxLength} onChange={(e) => p.onName(e.target.value)} aria-describedby="planner-draft-name-count" data-testid="planner-draft-name" />
        </label>
        <span
          id="planner-draft-name-count"
          className={p.name.length >= draftNameMaxLength ? 'planner-count full' : 'planner-count'}
          aria-label={t('plannerDraftNameCount', { count: p.name.length, max: draftNameMaxLength })}
          data-testid="planner-draft-name-count"
        >
          {p.name.length}/{draftNameMaxLength}
        </span>
      </div>
      <div className="planner-buttons">
        <button type="button" onClick={p.onSave} disabled={p.disabled || !p.name.trim() || p.status.kind === 'saving'} data-testid="planner-save">
          {p.draftId ? t('plannerSave') : t('plannerSaveNew')}
        </button>
        <button type="button" className="publish-button" onClick={p.onPublish} disabled={p.disabled || !p.name.trim()} data-testid="planner-publish">
          {t('plannerPublish')}
        </button>
        {p.draftId && (
          <button type="button" className="secondary" onClick={p.onNew} disabled={p.disabled}>
            {t('plannerSaveAsNew')}
          </button>
        )}
      </div>
      <p className="planner-status" role="status" data-testid="planner-save-status" data-status={p.status.kind} data-draft-id={p.draftId ?? ''}>
        {p.status.kind === 'saving' && t('plannerSaving')}
        {p.status.kind === 'saved' && !p.dirty && t('plannerSaved', { time: formatDateTime(p.status.at) })}
        {p.status.kind === 'error' && <span className="error">{t('plannerSaveFailed', { message: p.status.message })}</span>}
        {p.dirty && p.status.kind !== 'saving' && <span className="unsaved">{t('plannerUnsaved')}</span>}
      </p>
      <h4>{t('plannerDraftList')}</h4>
      {p.list.status === 'error' && <p className="error">{t('loadFailed', { message: p.list.error.message })}</p>}
      {p.list.data && p.list.data.length === 0 && <p className="view-note">{t('plannerNoDrafts')}</p>}
      <ul className="planner-list planner-drafts" data-testid="planner-drafts-list">
        {p.list.data?.map((d) => (
          <li key={d.id} className={d.id === p.draftId ? 'current' : undefined}>
            <button
              type="button"
              className="link-button draft-name"
              title={d.name}
              onClick={() => p.onOpen(d.id)}
              disabled={p.disabled}
              data-testid={`planner-open-draft-${d.id}`}
            >
              {d.name}
            </button>{' '}
            <span className={`plan-status plan-status-${d.status}`}>{t(statusKeys[d.status])}</span>{' '}
            <span className="muted">{formatDateTime(d.publishedAt ?? d.updatedAt)}</span>
            {d.status === 'draft' && d.createdBy && d.createdBy !== p.username && (
              <>
                {' '}
                <span className="muted" data-testid="planner-draft-author">{t('plannerDraftBy', { user: d.createdByName ?? d.createdBy })}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
